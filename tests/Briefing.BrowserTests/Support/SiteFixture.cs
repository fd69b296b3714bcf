using System.Diagnostics;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Shared by the whole collection: the fixture site and the real site, each built once and served on loopback; one
/// Chromium; and one Nu Html Checker run over both sites, started at once so that it overlaps the browser tests.
/// A missing prerequisite does not stop the fixture: the tests that need it fail with its install command.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly List<BuiltSite> _sites = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _readerPage;
    private string? _browserProblem;
    private Task<IReadOnlyList<NuMessage>>? _nuCheck;
    private string? _nuProblem;

    public BuiltSite Fixture => _sites[0];

    public BuiltSite Real => _sites[1];

    /// <summary>How long the Nu Html Checker took (for the timing notes in the test output).</summary>
    public TimeSpan NuCheckTime { get; private set; }

    public BuiltSite Site(string name) => name switch
    {
        BuiltSite.FixtureName => Fixture,
        BuiltSite.RealName => Real,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown site"),
    };

    public async Task InitializeAsync()
    {
        _sites.Add(await BuiltSite.FixtureAsync());
        _sites.Add(await BuiltSite.RealAsync());

        _nuProblem = Prerequisites.VnuProblem(Prerequisites.VnuJarPath, Environment.GetEnvironmentVariable("PATH"));
        if (_nuProblem is null)
        {
            _nuCheck = Task.Run(async () =>
            {
                var clock = Stopwatch.StartNew();
                var messages = await NuChecker.CheckAsync(Prerequisites.VnuJarPath, _sites.Select(s => s.Output));
                NuCheckTime = clock.Elapsed;
                return messages;
            });
        }

        _browserProblem = Prerequisites.ChromiumProblem(Prerequisites.ChromiumPath);
        if (_browserProblem is null)
        {
            try
            {
                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = Prerequisites.ChromiumPath,
                    Headless = true,
                    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
                });
            }
            catch (PlaywrightException ex)
            {
                _browserProblem = $"Chromium at {Prerequisites.ChromiumPath} did not start: {ex.Message}";
            }
        }
    }

    /// <summary>A fresh browser context (its own cookies, viewport, colour scheme) in the shared browser.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        if (_browser is null)
        {
            Assert.Fail(_browserProblem ?? "the browser was not started");
        }

        return await _browser.NewContextAsync(options ?? new BrowserNewContextOptions());
    }

    /// <summary>
    /// The one page most tests share (a new page costs ~0.5 s here, a navigation ~0.1 s), reset to a 1280 × 800
    /// viewport and the light colour scheme. The tests of a collection run one at a time, so it is never shared at once.
    /// </summary>
    public async Task<IPage> ReaderPageAsync()
    {
        if (_readerPage is null)
        {
            var context = await NewContextAsync();
            _readerPage = await context.NewPageAsync();
        }

        await _readerPage.SetViewportSizeAsync(1280, 800);
        await _readerPage.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        return _readerPage;
    }

    /// <summary>Every Nu Html Checker error in both sites (one JVM run for the two).</summary>
    public async Task<IReadOnlyList<NuMessage>> NuMessagesAsync()
    {
        if (_nuCheck is null)
        {
            Assert.Fail(_nuProblem ?? "the Nu Html Checker was not started");
        }

        return await _nuCheck;
    }

    public async Task DisposeAsync()
    {
        if (_nuCheck is not null)
        {
            // The checker reads the built folders: let it finish before they are deleted.
            await Task.WhenAny(_nuCheck);
        }

        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        foreach (var site in _sites)
        {
            await site.DisposeAsync();
        }
    }
}

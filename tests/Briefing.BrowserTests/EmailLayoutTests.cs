using Briefing.BrowserTests.Support;

namespace Briefing.BrowserTests;

/// <summary>
/// The newest edition's email, as Chromium renders it on a phone (375 px) and at the width of a mail client's reading
/// pane (600 px): nothing scrolls sideways, and screenshots in both widths and both colour schemes are kept under
/// TestResults/screenshots/ for people to look at.
/// </summary>
[Collection(SharedSites.Name)]
public sealed class EmailLayoutTests(SiteFixture sites)
{
    [Theory]
    [InlineData(BuiltSite.FixtureName)]
    [InlineData(BuiltSite.RealName)]
    public async Task Email_HasNoHorizontalScroll_At375And600Pixels(string site)
    {
        var built = sites.Site(site);
        var url = built.Url(built.NewestEdition() + "email.html");
        var screenshots = Artifacts.Folder("screenshots");
        var page = await sites.ReaderPageAsync();
        var failures = new List<string>();
        foreach (var width in new[] { 375, 600 })
        {
            foreach (var scheme in new[] { Microsoft.Playwright.ColorScheme.Light, Microsoft.Playwright.ColorScheme.Dark })
            {
                // Given a viewport this wide, in this colour scheme
                await page.SetViewportSizeAsync(width, 900);
                await page.EmulateMediaAsync(new() { ColorScheme = scheme });

                // When the email is opened
                await page.GotoAsync(url);

                // Then nothing is wider than the viewport
                var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                if (scrollWidth > width)
                {
                    failures.Add($"{width}px {scheme}: scrollWidth {scrollWidth}");
                }

                await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, $"{site}-email-{width}-{scheme.ToString().ToLowerInvariant()}.png"), FullPage = true });
            }
        }

        await page.EmulateMediaAsync(new() { ColorScheme = Microsoft.Playwright.ColorScheme.Light });
        Assert.True(failures.Count == 0, $"{url}:\n" + string.Join('\n', failures));
    }
}

using System.Net;
using Briefing.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary><c>briefing serve</c> end to end: watch, rebuild, live reload, the error page, recovery, a clean stop.</summary>
public sealed class ServeWatchTests
{
    private static readonly TimeSpan ReloadWithin = TimeSpan.FromSeconds(2);

    private const string Page = "/briefings/2025/x/";

    private const string BrokenLine =
        "content/briefings/2025/x.md:3:7: error BRF008: 'date' is not an ISO 8601 date: '2025-13-01' (write 2025-06-26 or 2025-06-26T09:00:00Z)";

    private static string Briefing(string date, string body) => $"""
        ---
        title: "X <&> Y"
        date: {date}
        summary: "S"
        sources: [{"{"}name: Reuters{"}"}]
        ---
        {body}

        """;

    [Fact]
    public async Task Serve_RebuildsOnSave_ReloadsOpenPages_ShowsTheErrorPageUntilFixed_AndStopsCleanly()
    {
        // Given a site with a briefing and a draft, served on a free port
        using var site = TestSite.Create($"""
            -- content/briefings/2025/x.md --
            {Briefing("2025-06-26", "First version.")}
            -- content/briefings/2025/draft.md --
            ---
            title: "Draft"
            date: 2025-06-20
            summary: "S"
            draft: true
            ---
            """);
        var port = ServeSession.FreePort();
        using var stop = new CancellationTokenSource();
        var stdout = new LockedWriter();
        var serving = Program.RunAsync(["serve", "--source", site.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            stdout, new StringWriter(), new FixedTime(SiteCli.Now), stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
        await ServeSession.WaitUntilServing(http, serving);

        // When a page is fetched, then it has the reload script, which the built file does not; drafts are shown
        var first = await http.GetStringAsync(new Uri(Page, UriKind.Relative));
        Assert.Contains("First version.", first, StringComparison.Ordinal);
        Assert.Contains(LiveReload.Script, first, StringComparison.Ordinal);
        Assert.DoesNotContain(LiveReload.EventsPath, site.ReadOutput("briefings/2025/x/index.html"), StringComparison.Ordinal);
        var draft = Html.Parse(await http.GetStringAsync(new Uri("/briefings/2025/draft/", UriKind.Relative)));
        Assert.NotNull(draft.QuerySelector(".badge-draft"));

        // When the briefing is edited while a page listens for events
        await using var events = await EventStream.OpenAsync(port);
        site.Write("content/briefings/2025/x.md", Briefing("2025-06-26", "Second version."));

        // Then a reload event arrives within 2 seconds and the new text is served
        await events.NextReloadAsync(ReloadWithin);
        await ServeSession.Eventually(async () => (await http.GetStringAsync(new Uri(Page, UriKind.Relative))).Contains("Second version.", StringComparison.Ordinal));

        // (A body edit reloads pages after its quick path, before the rebuild that checks the whole site: let that finish.)
        await ServeSession.Eventually(() => Task.FromResult(Builds(stdout) == 2), "the rebuild after the body edit did not finish");

        // When the front matter is broken
        site.Write("content/briefings/2025/x.md", Briefing("2025-13-01", "Broken version."));

        // Then pages reload into the error page, which lists the diagnostic escaped; the last good build stays on disk
        await events.NextReloadAsync(ReloadWithin);
        await ServeSession.Eventually(async () => (await http.GetAsync(new Uri(Page, UriKind.Relative))).StatusCode == HttpStatusCode.InternalServerError);
        foreach (var path in new[] { Page, "/", "/companies/" })
        {
            var errorPage = Html.Parse(await GetBody(http, path));
            Assert.Equal(BrokenLine, errorPage.QuerySelector("ul.diagnostics li.error")?.TextContent);
            Assert.Contains(LiveReload.EventsPath, errorPage.DocumentElement.OuterHtml, StringComparison.Ordinal);
        }

        Assert.Contains("Second version.", site.ReadOutput("briefings/2025/x/index.html"), StringComparison.Ordinal);

        // When it is fixed
        site.Write("content/briefings/2025/x.md", Briefing("2025-06-26", "Third version."));

        // Then pages reload into the site again
        await events.NextReloadAsync(ReloadWithin);
        await ServeSession.Eventually(async () => (await http.GetStringAsync(new Uri(Page, UriKind.Relative))).Contains("Third version.", StringComparison.Ordinal));

        // When serve is cancelled (Ctrl+C), then it stops cleanly with exit code 0
        await stop.CancelAsync();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.EndsWith("stopped\n", stdout.ToString(), StringComparison.Ordinal);
    }

    private static int Builds(LockedWriter stdout) =>
        stdout.ToString().Split('\n').Count(line => line.StartsWith("built ", StringComparison.Ordinal));

    [Fact]
    public async Task Serve_WithoutAContentFolder_ExitsWithTheErrorInsteadOfServing()
    {
        // Given a folder with no content/
        using var site = TestSite.Create(string.Empty, withTheme: false);
        Directory.Delete(Path.Combine(site.Root, "content"), recursive: true);
        var stderr = new StringWriter();

        // When serve is started on it
        var code = await Program.RunAsync(["serve", "--source", site.Root, "--port", ServeSession.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture)],
            new StringWriter(), stderr, new FixedTime(SiteCli.Now), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        // Then it stops at once with exit code 1, saying what is missing, and creates nothing
        Assert.Equal(1, code);
        Assert.StartsWith("content:1:1: error BRF021: no content/ folder in ", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    private static async Task<string> GetBody(HttpClient http, string path) =>
        await (await http.GetAsync(new Uri(path, UriKind.Relative))).Content.ReadAsStringAsync();
}

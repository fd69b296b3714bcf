using System.Net;
using Briefing.Cli;
using Briefing.Output;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary>
/// <c>briefing serve</c> outlives every broken save (issue 16): each kind of file, an exception out of a rebuild, a
/// content folder that goes away and comes back. Each time the error page shows, then the fix is served.
/// </summary>
public sealed class ServeRecoveryTests
{
    private const string Page = "/briefings/2025/x/";

    /// <summary>Stands for the file's text before the test changed it (the theme's real template).</summary>
    private const string Original = "{original}";

    private static string Briefing(string titleLine, string date, string body) => $"""
        ---
        {titleLine}
        date: {date}
        summary: "S"
        companies: [x]
        ---
        {body}

        """;

    private static TestSite CreateSite() => TestSite.Create($"""
        -- content/briefings/2025/x.md --
        {Briefing("title: \"X\"", "2025-06-26", "First version.")}
        -- content/companies/x.yml --
        name: X Co
        """);

    public static TheoryData<string, string, string, string, string, string> BrokenSaves => new()
    {
        // file, broken text, what the error names, fixed text, page, what the page then shows
        {
            "content/briefings/2025/x.md", Briefing("title: \"X\"", "2025-13-01", "Broken."),
            "content/briefings/2025/x.md:3:7: error BRF008", Briefing("title: \"X\"", "2025-06-26", "Fixed body."), Page, "Fixed body."
        },
        {
            // With the YAML reader of issue 16 the scanner throws here (the crash path); once it is fixed, a diagnostic.
            "content/briefings/2025/x.md", Briefing("title: [unclosed \"A title\"", "2025-06-26", "Broken."),
            "content/briefings/2025/x.md", Briefing("title: \"A title\"", "2025-06-26", "Fixed body."), Page, "Fixed body."
        },
        {
            "content/companies/x.yml", "name: X Co\nfounded: 1999\n",
            "content/companies/x.yml", "name: Fixed Co\n", "/companies/x/", "Fixed Co"
        },
        {
            "content/companies/x.yml", "name: \"X Co\n",
            "content/companies/x.yml", "name: Fixed Co\n", "/companies/x/", "Fixed Co"
        },
        {
            "content/site.yml", TestSite.SiteYml + "\ntitel: typo\n",
            "content/site.yml", TestSite.SiteYml.Replace("Test Briefing", "Fixed Site", StringComparison.Ordinal) + "\n", "/", "Fixed Site"
        },
        {
            "themes/briefing/layouts/article.html", Original + "\n{{ if }}\n",
            "themes/briefing/layouts/article.html", Original + "\n<p>fixed-template</p>\n", Page, "fixed-template"
        },
    };

    [Theory]
    [MemberData(nameof(BrokenSaves))]
    public async Task Serve_ShowsTheErrorPageForABrokenSave_AndServesTheFix(string file, string broken, string named, string fixedText,
        string page, string shown)
    {
        // Given serve running on a good site, with a page listening for reloads
        using var site = CreateSite();
        var original = site.Read(file);
        await using var serve = await ServeSession.StartAsync(site);
        await using var events = await EventStream.OpenAsync(serve.Port);

        // When the file is saved broken
        site.Write(file, broken.Replace(Original, original, StringComparison.Ordinal));

        // Then the page reloads into the error page, which names the file
        await events.NextReloadAsync(ServeSession.ReloadWithin);
        await ServeSession.Eventually(async () => (await serve.GetAsync(page)).Status == HttpStatusCode.InternalServerError, "no error page");
        var error = Html.Parse((await serve.GetAsync(page)).Body).QuerySelector("ul.diagnostics li.error")?.TextContent;
        Assert.Contains(named, error, StringComparison.Ordinal);

        // When it is fixed
        site.Write(file, fixedText.Replace(Original, original, StringComparison.Ordinal));

        // Then the page reloads into the fixed site, status 200; nothing printed a stack trace, and serve stops cleanly
        await events.NextReloadAsync(ServeSession.ReloadWithin);
        await ServeSession.Eventually(async () => await serve.GetAsync(page) is (HttpStatusCode.OK, var body) && body.Contains(shown, StringComparison.Ordinal),
            "the fix was not served");
        Assert.DoesNotContain("   at ", serve.Stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, await serve.StopAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Serve_SurvivesARebuildThatThrows_LogsOneLine_ShowsIt_AndRebuildsAtTheNextSave(bool verbose)
    {
        // Given serve whose next rebuild will throw an unexpected exception
        using var site = CreateSite();
        var armed = 0;
        var services = new CliServices(new FixedTime(SiteCli.Now), _ => null)
        {
            Build = (request, keepSearch) => Interlocked.Exchange(ref armed, 0) == 1
                ? throw new InvalidOperationException("injected failure")
                : BuildPipeline.Run(request, keepSearch),
        };
        await using var serve = await ServeSession.StartAsync(site, services, verbose ? ["--verbose"] : []);
        await using var events = await EventStream.OpenAsync(serve.Port);
        Interlocked.Exchange(ref armed, 1);

        // When a file is saved
        site.Write("content/briefings/2025/x.md", Briefing("title: \"X\"", "2025-06-26", "Second version."));

        // Then the page reloads into the error page showing the one line serve printed (the trace only when verbose)
        const string Line = "error: internal error while building: injected failure; please report";
        await events.NextReloadAsync(ServeSession.ReloadWithin);
        await ServeSession.Eventually(async () => (await serve.GetAsync(Page)).Status == HttpStatusCode.InternalServerError, "no error page");
        Assert.Equal(Line, Html.Parse((await serve.GetAsync(Page)).Body).QuerySelector("ul.diagnostics li.error")?.TextContent);
        var printed = serve.Stderr.ToString();
        Assert.Single(printed.Split('\n'), l => l == Line);
        Assert.Equal(verbose, printed.Contains(Line + "\nSystem.InvalidOperationException: injected failure\n   at ", StringComparison.Ordinal));
        Assert.Equal(verbose, printed.Contains("   at ", StringComparison.Ordinal));

        // When the next save comes
        site.Write("content/briefings/2025/x.md", Briefing("title: \"X\"", "2025-06-26", "Third version."));

        // Then it is rebuilt and served
        await events.NextReloadAsync(ServeSession.ReloadWithin);
        await ServeSession.Eventually(async () => await serve.GetAsync(Page) is (HttpStatusCode.OK, var body) && body.Contains("Third version.", StringComparison.Ordinal),
            "no rebuild after the exception");
        Assert.Equal(ExitCodes.Success, await serve.StopAsync());
    }

    [Fact]
    public async Task Serve_WatchesAContentFolderDeletedAndCreatedAgain()
    {
        // Given serve running on a good site
        using var site = CreateSite();
        var company = site.Read("content/companies/x.yml");
        await using var serve = await ServeSession.StartAsync(site);

        // When content/ is deleted
        Directory.Delete(Path.Combine(site.Root, "content"), recursive: true);

        // Then the error page says so
        await ServeSession.Eventually(async () => (await serve.GetAsync(Page)) is (HttpStatusCode.InternalServerError, var body)
            && body.Contains("no content/ folder", StringComparison.Ordinal), "no error page for the missing content/");

        // When it is created again, then the site is served again
        site.Write("content/companies/x.yml", company);
        site.Write("content/site.yml", TestSite.SiteYml + "\n");
        site.Write("content/briefings/2025/x.md", Briefing("title: \"X\"", "2025-06-26", "Restored."));
        await ServeSession.Eventually(async () => await serve.GetAsync(Page) is (HttpStatusCode.OK, var body) && body.Contains("Restored.", StringComparison.Ordinal),
            "the restored content/ was not served");

        // When a file in the new folder is saved, then that is seen too
        site.Write("content/briefings/2025/x.md", Briefing("title: \"X\"", "2025-06-26", "Edited after the restore."));
        await ServeSession.Eventually(async () => (await serve.GetAsync(Page)).Body.Contains("Edited after the restore.", StringComparison.Ordinal),
            "a save in the re-created content/ was not seen");
        Assert.Equal(ExitCodes.Success, await serve.StopAsync());
    }
}

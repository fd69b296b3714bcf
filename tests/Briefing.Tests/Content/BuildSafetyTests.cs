namespace Briefing.Tests.Content;

/// <summary>A build reports every problem in one run, and only a successful build replaces the output.</summary>
public sealed class BuildSafetyTests
{
    private const string Good = """
        -- content/briefings/2025/x.md --
        ---
        title: "A"
        date: 2025-06-26
        summary: "S"
        companies: [amazon]
        ---
        Body.
        """;

    [Fact]
    public void ThreeBrokenFiles_AreAllReportedInOneRun_SortedByPathThenLine()
    {
        // Given three briefings with different problems, one with two, and a broken person file
        using var site = BrokenSite.With("""
            -- content/briefings/2025/c.md --
            title: "No fences"
            -- content/briefings/2025/a.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            companies: [amzon]
            ---
            -- content/briefings/2025/b.md --
            ---
            title: "B"
            date: 2025-13-26
            summary: "S"
            colour: red
            people: [vasi-philomn]
            ---
            -- content/people/nobody.yml --
            description: Someone.
            """);

        // When the site is built once
        var run = site.BuildFailing();

        // Then every problem is printed, by path then line
        Assert.Equal(
            [
                "content/briefings/2025/a.md:5:13: error BRF009: unknown company 'amzon' (did you mean 'amazon'?)",
                "content/briefings/2025/b.md:3:7: error BRF008: 'date' is not an ISO 8601 date: '2025-13-26' (write 2025-06-26 or 2025-06-26T09:00:00Z)",
                "content/briefings/2025/b.md:5:1: error BRF005: unknown key 'colour' (allowed: title, date, updated, slug, summary, companies, people, tags, moves, sources, draft, autolink, authors, corrections, aliases, image)",
                "content/briefings/2025/b.md:6:10: error BRF010: unknown person 'vasi-philomn' (did you mean 'vasi-philomin'?)",
                "content/briefings/2025/c.md:1:1: error BRF002: a briefing must start with a '---' line, then its front matter, then another '---' line",
                "content/people/nobody.yml:1:1: error BRF006: missing required field 'name'",
            ],
            run.DiagnosticLines);
        Assert.Contains("build failed: 6 error(s), 0 warning(s)", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void FailedBuild_LeavesThePreviousOutputUntouched()
    {
        // Given a site built once
        using var site = BrokenSite.With(Good);
        site.BuildSucceeding();
        var before = File.ReadAllBytes(Path.Combine(site.Output, "index.html"));

        // When a briefing is broken and the site is built again
        site.Write("content/briefings/2025/x.md", "---\ntitle: \"A\"\ndate: 2025-06-26\nsummary: \"S\"\ncompanies: [amzon]\n---\n");
        var run = site.BuildFailing();

        // Then the error is printed, the previous output is byte for byte the same, and no staging folder remains
        run.AssertPrinted("content/briefings/2025/x.md:5:13: error BRF009: unknown company 'amzon' (did you mean 'amazon'?)");
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(site.Output, "index.html")));
        Assert.True(site.OutputExists("briefings/2025/x/index.html"));
        Assert.Empty(Directory.GetDirectories(site.Root, ".public.*"));
    }

    [Fact]
    public void TemplateFailureWhileWriting_LeavesThePreviousOutputUntouched()
    {
        // Given a site built once
        using var site = BrokenSite.With(Good);
        site.BuildSucceeding();
        var before = File.ReadAllBytes(Path.Combine(site.Output, "index.html"));

        // When a layout fails at run time (after the staging folder was created) and the site is built again
        site.Write("themes/briefing/layouts/article.html", "{{ no_such_variable }}\n");
        var run = site.BuildFailing();

        // Then the error names the template, the output is unchanged and the staging folder is gone
        run.AssertPrinted("themes/briefing/layouts/article.html:1:4: error BRF022: The variable or function `no_such_variable` was not found");
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(site.Output, "index.html")));
        Assert.Empty(Directory.GetDirectories(site.Root, ".public.*"));
    }

    [Fact]
    public void SuccessfulBuild_ReplacesThePreviousOutputWhole()
    {
        // Given a previous output holding a stale file
        using var site = BrokenSite.With(Good);
        site.BuildSucceeding();
        File.WriteAllText(Path.Combine(site.Output, "stale.html"), "old");
        Directory.CreateDirectory(Path.Combine(site.Output, "briefings", "2019", "gone"));

        // When the site is built again
        site.BuildSucceeding();

        // Then the output is the new build only
        Assert.False(site.OutputExists("stale.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "briefings", "2019")));
        Assert.True(site.OutputExists("index.html"));
        Assert.Empty(Directory.GetDirectories(site.Root, ".public.*"));
    }

    [Fact]
    public void OutputAtTheSourceRoot_IsRefused_AndNothingIsDeleted()
    {
        // Given a valid site
        using var site = BrokenSite.With(Good);

        // When it is built with --output pointing at the site root itself
        var run = site.Build("--output", site.Root);

        // Then the build is refused and the sources are intact
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(run.DiagnosticLines, l => l.EndsWith(
            $": error BRF026: the output folder {site.Root} contains the site's sources; choose another --output (the default is public/)",
            StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(site.Root, "content", "briefings", "2025", "x.md")));
        Assert.True(File.Exists(Path.Combine(site.Root, "themes", "briefing", "layouts", "_base.html")));
        Assert.False(File.Exists(Path.Combine(site.Root, "index.html")));
    }

    [Fact]
    public void OutputAboveTheSourceRoot_IsRefused()
    {
        // Given a valid site
        using var site = BrokenSite.With(Good);
        var parent = Path.GetDirectoryName(site.Root)!;

        // When it is built into the folder that holds it
        var run = site.Build("--output", parent);

        // Then the build is refused and the sources are intact
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(run.DiagnosticLines, l => l.Contains(": error BRF026: the output folder ", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(site.Root, "content", "site.yml")));
    }

    [Fact]
    public void OutputInsideContent_IsRefused()
    {
        // Given a valid site
        using var site = BrokenSite.With(Good);
        var inside = Path.Combine(site.Root, "content", "public");

        // When it is built into content/public
        var run = site.Build("--output", inside);

        // Then the build is refused and nothing is written there
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(run.DiagnosticLines, l => l.EndsWith(
            $": error BRF026: the output folder {inside} is inside content/; choose another --output (the default is public/)",
            StringComparison.Ordinal));
        Assert.False(Directory.Exists(inside));
    }
}

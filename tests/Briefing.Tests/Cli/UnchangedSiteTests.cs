using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary>
/// A build over the files, settings and output the last successful build left answers from its snapshot
/// (<c>.briefing/cache/site-snapshot</c>) without loading the site; any change, and the clock, build as usual.
/// </summary>
public sealed class UnchangedSiteTests
{
    private const string Replayed = "nothing changed since the last build";

    [Fact]
    public void ASecondBuildOverUnchangedFiles_AnswersFromTheSnapshot_WithTheSameWarningsAndCounts()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var first = site.Cli("build", "--timings");
        var second = site.Cli("build", "--timings");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.DoesNotContain(Replayed, first.Stdout);
        Assert.Contains(Replayed, second.Stdout);
        Assert.NotEmpty(Warnings(first));
        Assert.Equal(Warnings(first), Warnings(second));
        var counts = System.Text.RegularExpressions.Regex.Match(Summary(first), @"^built (\d+) pages, (\d+) files ");
        Assert.StartsWith(counts.Value, Summary(second), StringComparison.Ordinal);
        Assert.Contains($": 0 written, {counts.Groups[2].Value} unchanged, 0 removed", Summary(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABriefingSavedAfterTheBuildListedTheSources_IsBuiltByTheNextBuild_NotAnsweredFromTheSnapshot()
    {
        // Given a build that has listed the content as it started (no snapshot yet), then a briefing saved meanwhile
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var request = new Briefing.Cli.BuildRequest(site.Root, site.Output, new Briefing.Content.LoadOptions(Now: SiteCli.Now));
        var unchanged = Briefing.Cli.UnchangedSite.For(request, null)!;
        Assert.Null(unchanged.TryReplay(SiteCli.Now, quiet: true, showTimings: false, null, TextWriter.Null, TextWriter.Null));
        var listing = unchanged.ListSourcesEarly();
        Assert.NotNull(listing);
        await listing;
        var briefing = Path.Combine(site.Root, "content", "briefings", "2025", "vasi-philomin-leaves-aws.md");
        File.AppendAllText(briefing, "\nSaved while the build ran.\n");
        File.SetLastWriteTimeUtc(briefing, DateTime.UtcNow.AddSeconds(5));

        // When the build ends and records its snapshot
        var result = Briefing.Cli.BuildPipeline.Run(request);
        unchanged.Remember(result);
        var next = site.Cli("build", "--timings", "--no-search");

        // Then the snapshot holds the briefing as it was listed, and the next build builds
        Assert.True(result.Succeeded);
        Assert.Equal(0, next.ExitCode);
        Assert.DoesNotContain(Replayed, next.Stdout);
        Assert.Contains(Replayed, site.Cli("build", "--timings", "--no-search").Stdout);
    }

    [Theory]
    [InlineData("content")]
    [InlineData("theme")]
    [InlineData("new-file")]
    [InlineData("output-deleted")]
    [InlineData("output-edited")]
    [InlineData("front-matter")]
    [InlineData("briefing-deleted")]
    [InlineData("briefing-added")]
    [InlineData("registry")]
    [InlineData("content-and-output-edited")] // the output's entries are checked while the content loads
    [InlineData("content-and-output-deleted")]
    public void AnyChangeToTheSiteOrItsOutput_BuildsAsUsual_AndLeavesTheOutputOfACleanBuild(string change)
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Cli("build");
        var briefing = Path.Combine(site.Root, "content", "briefings", "2025", "vasi-philomin-leaves-aws.md");
        var page = Path.Combine(site.Output, "index.html");
        switch (change)
        {
            case "content":
                File.AppendAllText(briefing, "\nOne more sentence.\n");
                break;
            case "theme":
                File.AppendAllText(Path.Combine(site.Root, "themes", "briefing", "layouts", "home.html"), "\n");
                break;
            case "new-file":
                site.Write("content/media/notes.txt", "not an image");
                break;
            case "front-matter": // a company added, the date moved: the briefing's listings change
                File.WriteAllText(briefing, File.ReadAllText(briefing).Replace("companies: [aws, openai]", "companies: [aws, openai, meta]", StringComparison.Ordinal)
                    .Replace("date: 2025-06-26T09:00:00Z", "date: 2025-06-26T05:00:00Z", StringComparison.Ordinal));
                break;
            case "briefing-deleted":
                File.Delete(Path.Combine(site.Root, "content", "briefings", "2024", "older-amazon-briefing.md"));
                break;
            case "briefing-added":
                site.Write("content/briefings/2024/a-copied-briefing.md", File.ReadAllText(Path.Combine(site.Root, "content", "briefings", "2024", "older-amazon-briefing.md"))
                    .Replace("Amazon reorganises its AI teams", "Amazon reorganises its AI teams again", StringComparison.Ordinal));
                break;
            case "registry":
                var company = Path.Combine(site.Root, "content", "companies", "openai.yml");
                File.WriteAllText(company, File.ReadAllText(company).Replace("AI research lab", "An edited AI research lab", StringComparison.Ordinal));
                break;
            case "output-deleted":
                File.Delete(page);
                break;
            case "content-and-output-edited":
                File.AppendAllText(briefing, "\nOne more sentence.\n");
                File.WriteAllText(page, "<p>defaced</p>");
                break;
            case "content-and-output-deleted":
                File.AppendAllText(briefing, "\nOne more sentence.\n");
                File.Delete(page);
                break;
            default:
                File.WriteAllText(page, "<p>defaced</p>");
                break;
        }

        var rebuilt = site.Cli("build", "--timings");

        Assert.DoesNotContain(Replayed, rebuilt.Stdout);
        Assert.DoesNotContain("<p>defaced</p>", File.ReadAllText(page));
        if (change.StartsWith("content", StringComparison.Ordinal))
        {
            Assert.Contains("One more sentence.", site.ReadOutput("briefings/2025/vasi-philomin-leaves-aws/index.html"));
        }

        var again = site.Cli("build", "--timings");
        if (change == "briefing-deleted")
        {
            again = site.Cli("build", "--timings"); // the build that warned of its vanished URL saved no snapshot; the next one does
        }

        Assert.Contains(Replayed, again.Stdout);
        Output.BuildCacheTests.AssertEqualsCleanBuild(site);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a snapshot")]
    [InlineData("truncated")]
    public void ACorruptSnapshot_IsIgnored_AndTheBuildBuilds(string content)
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Cli("build");
        var snapshot = Path.Combine(site.Root, ".briefing", "cache", "site-snapshot");
        var bytes = File.ReadAllBytes(snapshot);
        File.WriteAllBytes(snapshot, content == "truncated" ? bytes[..(bytes.Length / 2)] : System.Text.Encoding.UTF8.GetBytes(content));

        var run = site.Cli("build", "--timings");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(Replayed, run.Stdout);
        Assert.Contains(Replayed, site.Cli("build", "--timings").Stdout);
    }

    [Fact]
    public void ASnapshotNamingAFolderOutsideTheSite_IsIgnored_AndTheBuildBuilds()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Cli("build");
        var cache = Path.Combine(site.Root, ".briefing", "cache");
        var last = Briefing.Caching.SiteSnapshot.Load(cache)!;
        var outside = Directory.CreateTempSubdirectory("outside-the-site-").FullName; // as it is now: the entry would hold
        last = last with { Entries = [.. last.Entries, new Briefing.Caching.SiteSnapshot.Entry(outside, -1, Directory.GetLastWriteTimeUtc(outside).Ticks)] };
        last.Save(cache);

        var run = site.Cli("build", "--timings");

        Directory.Delete(outside);
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(Replayed, run.Stdout);
        Output.BuildCacheTests.AssertEqualsCleanBuild(site);
    }

    [Fact]
    public void ASymbolicLinkInTheSite_TurnsTheSnapshotOff()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        File.CreateSymbolicLink(Path.Combine(site.Root, "themes", "briefing", "linked-notes.txt"), Path.Combine(site.Root, "content", "site.yml"));
        Assert.Equal(0, site.Cli("build").ExitCode);

        Assert.DoesNotContain(Replayed, site.Cli("build", "--timings").Stdout);
    }

    [Theory]
    [InlineData("--drafts")]
    [InlineData("--future")]
    [InlineData("--no-cache")]
    public void OtherSettings_BuildAsUsual(string option)
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Cli("build");

        Assert.DoesNotContain(Replayed, site.Cli("build", "--timings", option).Stdout);
        Assert.DoesNotContain(Replayed, site.Cli("build", "--timings", "--base-url", "https://example.net/").Stdout);
    }

    [Fact]
    public void AScheduledBriefing_IsPublishedByTheFirstBuildAfterItsDate()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Write("content/briefings/2025/scheduled.md", "---\ntitle: \"Scheduled for Thursday\"\ndate: 2025-07-03T10:00:00Z\nsummary: \"Later.\"\ncompanies: [amazon]\n---\n\nSoon.\n");
        site.CliAt(SiteCli.Now, "build");

        Assert.Contains(Replayed, site.CliAt(SiteCli.Now.AddHours(1), "build", "--timings").Stdout);
        var due = site.CliAt(new DateTimeOffset(2025, 7, 3, 10, 0, 1, TimeSpan.Zero), "build", "--timings");

        Assert.DoesNotContain(Replayed, due.Stdout);
        Assert.True(site.OutputExists("briefings/2025/scheduled/index.html"));
    }

    [Fact]
    public void TheDigestsRunningWeek_EndsTheSnapshotAtMidnightOnMondayInTheSitesTimeZone()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite); // Europe/Berlin: Monday 7 July 2025 starts at 22:00 UTC on Sunday
        site.CliAt(SiteCli.Now, "build");

        Assert.Contains(Replayed, site.CliAt(new DateTimeOffset(2025, 7, 6, 21, 59, 0, TimeSpan.Zero), "build", "--timings").Stdout);
        Assert.DoesNotContain(Replayed, site.CliAt(new DateTimeOffset(2025, 7, 6, 22, 0, 0, TimeSpan.Zero), "build", "--timings").Stdout);
    }

    [Fact]
    public void ABuildCommand_ReturnsWithItsRenderCacheWritten_SoTheNextEditRendersOnlyThatBriefing()
    {
        // briefing build writes the render cache beside the snapshot it records: the command waits for both.
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Cli("build").ExitCode);
        var cache = Path.Combine(site.Root, ".briefing", "cache");
        var saved = Assert.Single(Directory.GetFiles(cache, "pages-*.bin"));
        Assert.True(new FileInfo(saved).Length > 0);
        Assert.Empty(Directory.GetFiles(cache, "*.tmp", SearchOption.AllDirectories));

        File.AppendAllText(Path.Combine(site.Root, "content", "briefings", "2025", "vasi-philomin-leaves-aws.md"), "\nOne more sentence.\n");
        var edit = site.Cli("build", "--timings");
        Assert.Equal(0, edit.ExitCode);
        Assert.Matches(@"rendered 1 of \d+ pages, ", edit.Stdout);
    }

    private static string[] Warnings(CliRun run) => [.. run.Stderr.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal))];

    private static string Summary(CliRun run) => run.Stdout.Split('\n').Single(l => l.StartsWith("built ", StringComparison.Ordinal));
}

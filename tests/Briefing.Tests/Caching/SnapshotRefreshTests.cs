using Briefing.Caching;
using Briefing.Tests.Support;

namespace Briefing.Tests.Caching;

/// <summary>
/// After a build over a snapshot that did not hold, the next snapshot is the last one with only what changed listed
/// again (<see cref="SnapshotCheck.Refresh"/>): it must be exactly what listing the whole site finds, and the build it
/// stood in for (no <c>stat</c> of files the check found as published) must leave the bytes of a clean build.
/// </summary>
public sealed class SnapshotRefreshTests
{
    private const string Replayed = "nothing changed since the last build";
    private const string Briefing = "content/briefings/2025/vasi-philomin-leaves-aws.md";

    [Theory]
    [InlineData("body-edit")]
    [InlineData("replaced-by-rename")]
    [InlineData("briefing-added")]
    [InlineData("briefing-removed")]
    [InlineData("theme-edit")]
    [InlineData("output-page-touched")]
    [InlineData("output-page-deleted")]
    [InlineData("output-card-deleted")]
    [InlineData("output-feed-deleted")]
    [InlineData("output-folder-deleted")]
    [InlineData("output-stray-file")]
    [InlineData("output-stray-folder")]
    public void AfterAChange_TheNextSnapshotIsWhatAFullListingFinds_AndTheOutputIsAClean(string change)
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);
        Change(site, change);

        var rebuilt = site.Build("--timings");

        Assert.Equal(0, rebuilt.ExitCode);
        Assert.DoesNotContain(Replayed, rebuilt.Stdout);
        if (change == "briefing-removed")
        {
            // A vanished URL is warned about once: that build saves no snapshot, the next one builds and saves one.
            Assert.Null(SiteSnapshot.Load(BuildStamp.CacheFolder(site.Root)));
            Assert.DoesNotContain(Replayed, site.Build("--timings").Stdout);
        }

        AssertSnapshotIsAFullListing(site);
        Assert.Contains(Replayed, site.Build("--timings").Stdout);
        Output.BuildCacheTests.AssertEqualsCleanBuild(site);
    }

    [Theory]
    [InlineData("body-edit")]
    [InlineData("output-page-touched")]
    [InlineData("output-page-deleted")]
    [InlineData("output-stray-file")]
    [InlineData("briefing-added")]
    public void AChangeAfterARefreshedSnapshot_IsStillDetected(string second)
    {
        // Given a snapshot written from the last one (an edit rebuilt), then a second change of what that build wrote
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        Change(site, "body-edit");
        site.Build();
        Change(site, second);

        var rebuilt = site.Build("--timings");

        Assert.DoesNotContain(Replayed, rebuilt.Stdout);
        AssertSnapshotIsAFullListing(site);
        Output.BuildCacheTests.AssertEqualsCleanBuild(site);
    }

    private static void Change(TestSite site, string change)
    {
        var briefing = Path.Combine(site.Root, Briefing);
        switch (change)
        {
            case "body-edit":
                File.AppendAllText(briefing, "\nOne more sentence.\n");
                break;
            case "replaced-by-rename":
                var temporary = briefing + ".tmp";
                File.WriteAllText(temporary, File.ReadAllText(briefing) + "\nA sentence saved by rename.\n");
                File.Move(temporary, briefing, overwrite: true);
                break;
            case "briefing-added":
                site.Write("content/briefings/2025/added.md",
                    "---\ntitle: \"An added briefing\"\ndate: 2025-06-03T10:00:00Z\nsummary: \"Added.\"\ncompanies: [amazon]\n---\n\nNew.\n");
                break;
            case "briefing-removed":
                File.Delete(Path.Combine(site.Root, "content", "briefings", "2024", "older-amazon-briefing.md"));
                break;
            case "theme-edit":
                File.AppendAllText(Path.Combine(site.Root, "themes", "briefing", "layouts", "home.html"), "\n");
                break;
            case "output-page-touched":
                File.SetLastWriteTimeUtc(Path.Combine(site.Output, "index.html"), DateTime.UtcNow.AddMinutes(-5));
                break;
            case "output-page-deleted":
                File.Delete(Path.Combine(site.Output, "briefings", "2025", "vasi-philomin-leaves-aws", "index.html"));
                break;
            case "output-card-deleted":
                File.Delete(Directory.GetFiles(Path.Combine(site.Output, "cards"), "*.png")[0]);
                break;
            case "output-feed-deleted":
                File.Delete(Directory.GetFiles(site.Output, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First(f => !f.EndsWith("sitemap.xml", StringComparison.Ordinal)));
                break;
            case "output-folder-deleted":
                Directory.Delete(Path.Combine(site.Output, "briefings", "2024"), recursive: true);
                break;
            case "output-stray-file":
                File.WriteAllText(Path.Combine(site.Output, "briefings", "2025", "vasi-philomin-leaves-aws", "stray.html"), "not built");
                break;
            default:
                Directory.CreateDirectory(Path.Combine(site.Output, "stray", "deeper"));
                File.WriteAllText(Path.Combine(site.Output, "stray", "deeper", "x.html"), "not built");
                break;
        }
    }

    private static void AssertSnapshotIsAFullListing(TestSite site)
    {
        var saved = SiteSnapshot.Load(BuildStamp.CacheFolder(site.Root));
        Assert.NotNull(saved);
        var listed = SiteSnapshot.List([Path.Combine(site.Root, "content"), Path.Combine(site.Root, "themes"), site.Output]);
        Assert.NotNull(listed);
        var expected = listed.Select(e => e.ToString()).Order(StringComparer.Ordinal).ToArray();
        var actual = saved.Entries.Select(e => e.ToString()).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, actual);
    }
}

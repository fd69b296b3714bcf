using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>
/// The digest's emails and feed are keyed like pages (the build's fingerprint and the intros they show): an edit that
/// reaches neither renders none of them, one that does renders them again, and either way the output is a clean build's.
/// </summary>
public sealed class DigestCacheTests
{
    private const string Vasi = "content/briefings/2025/vasi-philomin-leaves-aws.md"; // in 2025-W26, an emailed edition

    private static string Rendered(CliRun run) =>
        run.Stdout.Split('\n').Single(l => l.StartsWith("rendered ", StringComparison.Ordinal));

    [Fact]
    public void BodyEdit_InAnEmailedEdition_RendersNoDigestEmailAndWritesNoDigestFeed()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Contains("digest files", Rendered(site.Build("--timings")), StringComparison.Ordinal);
        var email = site.ReadOutput("digest/2025-W26/email.html");
        File.AppendAllText(Path.Combine(site.Root, Vasi), "\nAn added paragraph.\n");

        var run = site.Build("--timings");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains(", 0 digest files, ", Rendered(run), StringComparison.Ordinal);
        Assert.Equal(email, site.ReadOutput("digest/2025-W26/email.html"));
        AssertSameAsClean(site);
    }

    [Theory]
    [InlineData("digest-intro", 2)] // the intro of 2025-W26: its email and the feed carrying it
    [InlineData("title", 4)] // a title in the front matter: the fingerprint moved, every email's layout is rendered (3) and the feed written
    public void EditTheDigestShows_RendersItsFilesAgain_AndEqualsACleanBuild(string edit, int atLeast)
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);
        IncrementalBuildTests.Apply(site, edit);

        var run = site.Build("--timings");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var rendered = Rendered(run);
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(rendered, @"(\d+) digest files").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count >= atLeast, rendered);
        AssertSameAsClean(site);
    }

    [Fact]
    public void DigestFeedDeletedByHand_IsWrittenAgain()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);
        File.Delete(Path.Combine(site.Output, "digest/feed.xml"));
        File.AppendAllText(Path.Combine(site.Root, Vasi), "\nAn added paragraph.\n");

        Assert.Equal(0, site.Build().ExitCode);

        Assert.True(site.OutputExists("digest/feed.xml"));
        AssertSameAsClean(site);
    }

    private static void AssertSameAsClean(TestSite site)
    {
        var clean = Path.Combine(site.Root, "clean");
        Assert.Equal(0, site.Build("--output", clean, "--no-cache").ExitCode);
        IncrementalBuildTests.AssertSameTree(clean, site.Output);
    }
}

using Briefing.Tests.Output;
using Briefing.Tests.Support;

namespace Briefing.Tests.Corrections;

/// <summary>Adding a correction rebuilds what shows it or its date, and the result equals a clean build.</summary>
public sealed class CorrectionIncrementalTests
{
    [Fact]
    public void AddedCorrection_RewritesTheBriefing_TheCorrectionsPageAndFeed_AndTheListsShowingItsDate_EqualToACleanBuild()
    {
        // Given the fixture site, built
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);
        var before = Snapshot(site.Output);

        // When a correction later than anything is added to a briefing, and the site is built again
        var path = Path.Combine(site.Root, "content/briefings/2025/vasi-philomin-leaves-aws.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("not disclosed.\"\n",
            "not disclosed.\"\n  - date: 2025-07-01T10:00:00Z\n    text: \"An *added* correction.\"\n", StringComparison.Ordinal));
        Assert.Equal(0, site.Build().ExitCode);

        // Then the briefing, /corrections/, its feed, the site feeds, the sitemap and the archive lists changed
        var after = Snapshot(site.Output);
        var changed = after.Where(kv => !before.TryGetValue(kv.Key, out var old) || old != kv.Value).Select(kv => kv.Key).ToHashSet();
        foreach (var file in new[]
                 {
                     "briefings/2025/vasi-philomin-leaves-aws/index.html", "corrections/index.html", "corrections/feed.xml", "atom.xml", "feed.json",
                     "sitemap.xml",
                 })
        {
            Assert.Contains(file, changed);
        }

        Assert.Contains("An <em>added</em> correction.", site.ReadOutput("corrections/index.html"), StringComparison.Ordinal);
        Assert.Contains("2025-07-01T10:00:00+00:00", site.ReadOutput("atom.xml"), StringComparison.Ordinal);

        // And the output equals a clean build's, byte for byte
        var clean = Path.Combine(site.Root, "clean");
        Assert.Equal(0, site.Build("--output", clean, "--no-cache").ExitCode);
        IncrementalBuildTests.AssertSameTree(clean, site.Output);
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
}

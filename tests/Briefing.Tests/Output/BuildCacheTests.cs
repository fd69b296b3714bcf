using System.Text.RegularExpressions;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>
/// The build cache (<c>.briefing/cache/</c>): unchanged briefings are not parsed again, unchanged pages and feeds are
/// not rendered again — and whatever the cache holds, the output equals a clean build without it.
/// </summary>
public sealed partial class BuildCacheTests
{
    internal static (int Pages, int Total, int Feeds, int Bodies) Rendered(CliRun run)
    {
        var match = RenderedLine().Match(run.Stdout);
        Assert.True(match.Success, run.Stdout);
        return (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value), int.Parse(match.Groups[3].Value), int.Parse(match.Groups[4].Value));
    }

    [GeneratedRegex(@"rendered (\d+) of (\d+) pages, (\d+) feeds, (\d+) briefing bodies")]
    private static partial Regex RenderedLine();

    internal static void AssertEqualsCleanBuild(TestSite site)
    {
        var clean = Path.Combine(site.Root, "clean-" + Guid.NewGuid().ToString("N")[..8]);
        Assert.Equal(0, site.Build("--output", clean, "--no-cache").ExitCode);
        IncrementalBuildTests.AssertSameTree(clean, site.Output);
        Directory.Delete(clean, recursive: true);
    }

    [Fact]
    public void NoOpRebuild_RendersNoPageFeedOrBody()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var first = Rendered(site.Build("--timings"));
        Assert.Equal(first.Total, first.Pages);

        var again = Rendered(site.Build("--timings"));

        Assert.Equal((0, first.Total, 0, 0), again);
    }

    [Fact]
    public void NoOpRebuild_StillRemovesFilesAndFoldersAddedToTheOutputSince()
    {
        // Given a built output into which a stray file and a stray folder were put, deep in the tree
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        site.Build();
        var page = Path.Combine(site.Output, "briefings", "2024", "older-amazon-briefing");
        File.WriteAllText(Path.Combine(page, "stray.html"), "not built");
        Directory.CreateDirectory(Path.Combine(site.Output, "companies", "amazon", "stray", "deeper"));

        // When nothing changed in the sources
        var run = site.Build("--timings");

        // Then both are gone and the output is a clean build's
        Assert.Equal(0, Rendered(run).Pages);
        Assert.False(File.Exists(Path.Combine(page, "stray.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "companies", "amazon", "stray")));
        AssertEqualsCleanBuild(site);
    }

    [Fact]
    public void NoOpRebuild_DoesNotListAFolderWhoseMtimeIsAsPublished()
    {
        // Given a built output, and a file slipped into one of its folders with the folder's mtime put back
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        var page = Path.Combine(site.Output, "briefings", "2024", "older-amazon-briefing");
        var published = Directory.GetLastWriteTimeUtc(page);
        File.WriteAllText(Path.Combine(page, "hidden.html"), "not built");
        Directory.SetLastWriteTimeUtc(page, published);

        // When nothing changed in the sources
        site.Build();

        // Then that folder was not listed (a stat told the build nothing was added), while a rebuild without the
        // cache lists every folder and removes the file
        Assert.True(File.Exists(Path.Combine(page, "hidden.html")));
        site.Build("--no-cache");
        Assert.False(File.Exists(Path.Combine(page, "hidden.html")));
    }

    [Fact]
    public void BodyEdit_RendersOnlyThatBriefingsPage_AndOnlyTheFeedsCarryingIt()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        File.AppendAllText(Path.Combine(site.Root, "content/briefings/2024/older-amazon-briefing.md"), "\nOne more sentence.\n");

        var run = site.Build("--timings");

        var (pages, _, feeds, _) = Rendered(run);
        Assert.Equal(1, pages);
        Assert.InRange(feeds, 1, 8); // site RSS/Atom/JSON and the feeds of Amazon (and its parent roll-up) — not every feed
        Assert.Contains("One more sentence.", site.ReadOutput("briefings/2024/older-amazon-briefing/index.html"), StringComparison.Ordinal);
        AssertEqualsCleanBuild(site);
    }

    [Fact]
    public void SameSizeEdit_IsSeen_ThoughOnlyTheMtimeAndBytesChanged()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        var path = Path.Combine(site.Root, "content/briefings/2024/older-amazon-briefing.md");
        var before = new FileInfo(path).Length;
        File.WriteAllText(path, File.ReadAllText(path).Replace("Amazon reorganises its AI teams", "Amazon reorganizes its AI teams", StringComparison.Ordinal));
        Assert.Equal(before, new FileInfo(path).Length);

        Assert.Equal(0, site.Build().ExitCode);

        Assert.Contains("Amazon reorganizes its AI teams", site.ReadOutput("briefings/2024/older-amazon-briefing/index.html"), StringComparison.Ordinal);
        AssertEqualsCleanBuild(site);
    }

    [Fact]
    public void TouchedButUnchangedBriefing_IsNotRenderedAgain()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        File.SetLastWriteTimeUtc(Path.Combine(site.Root, "content/briefings/2024/older-amazon-briefing.md"), new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var run = site.Build("--timings");

        Assert.Equal(0, Rendered(run).Pages); // same bytes: the hash matches, only the cached mtime is updated
    }

    [Fact]
    public void DeletedOrAlteredOutputFile_IsRenderedAgain()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        File.Delete(Path.Combine(site.Output, "companies/meta/index.html"));
        File.WriteAllText(Path.Combine(site.Output, "people/vasi-philomin/index.html"), "tampered");
        File.WriteAllText(Path.Combine(site.Output, "companies/openai/feed.xml"), "tampered");

        var run = site.Build("--timings");

        Assert.Equal(2, Rendered(run).Pages);
        AssertEqualsCleanBuild(site);
    }

    /// <summary>
    /// What a build killed while publishing leaves behind: some pages already replaced by the new build's bytes,
    /// others still old, a staging folder and a half-written cache file — the next build repairs all of it.
    /// </summary>
    [Fact]
    public void BuildKilledWhilePublishing_TheNextBuildRepairsTheMix()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        var path = Path.Combine(site.Root, "content/briefings/2025/vasi-philomin-leaves-aws.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("AWS loses generative-AI chief Vasi Philomin", "AWS loses its generative-AI chief", StringComparison.Ordinal));
        var newer = Path.Combine(site.Root, "newer");
        site.Build("--output", newer, "--no-cache");
        // Half of the new build's files moved into place, half not; the cache still describes the old output.
        var files = Directory.GetFiles(newer, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        foreach (var file in files.Where((_, i) => i % 2 == 0))
        {
            File.Copy(file, Path.Combine(site.Output, Path.GetRelativePath(newer, file)), overwrite: true);
        }

        Directory.CreateDirectory(Path.Combine(site.Root, ".public.tmp-99999", "briefings"));
        File.WriteAllText(Path.Combine(site.Root, ".public.tmp-99999", "briefings", "index.html"), "partial");
        var cacheFile = Directory.GetFiles(Path.Combine(site.Root, ".briefing", "cache"), "pages-*.bin").Single();
        File.WriteAllBytes(cacheFile + ".99999.tmp", [1, 2, 3]);
        Directory.Delete(newer, recursive: true);

        var run = site.Build();

        Assert.Equal(0, run.ExitCode);
        AssertEqualsCleanBuild(site);
    }

    [Fact]
    public void CorruptCacheFiles_AreIgnored_AndTheBuildEqualsACleanOne()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        var cacheFiles = Directory.GetFiles(Path.Combine(site.Root, ".briefing", "cache"));
        Assert.NotEmpty(cacheFiles);
        foreach (var file in cacheFiles)
        {
            var bytes = File.ReadAllBytes(file);
            File.WriteAllBytes(file, bytes.AsSpan(0, bytes.Length / 2).ToArray()); // truncated mid-entry
        }

        File.AppendAllText(Path.Combine(site.Root, "content/briefings/2025/vasi-philomin-leaves-aws.md"), "\nAfter the crash.\n");

        var run = site.Build("--timings");

        Assert.Equal(0, run.ExitCode);
        AssertEqualsCleanBuild(site);
        Assert.Equal(0, Rendered(site.Build("--timings")).Pages); // and the rewritten cache works again
    }

    [Fact]
    public void CachedBriefings_ReportExactlyTheDiagnosticsOfAFreshParse()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Write("content/briefings/2025/broken.md", "---\ntitle: Broken\ndate: 2025-13-01\nsummary: x\ncompanies: [opnai]\n---\nBody.\n");
        var fresh = site.Build("--no-cache");
        var first = site.Build();
        var cached = site.Build();

        Assert.NotEqual(0, fresh.ExitCode);
        Assert.NotEmpty(fresh.DiagnosticLines);
        Assert.Equal(fresh.DiagnosticLines, first.DiagnosticLines);
        Assert.Equal(fresh.DiagnosticLines, cached.DiagnosticLines);
        Assert.Equal(fresh.ExitCode, cached.ExitCode);
    }

    [Fact]
    public void NewRegistryName_ChecksCachedBriefingsAgain()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);
        var path = Path.Combine(site.Root, "content/briefings/2025/vasi-philomin-leaves-aws.md");
        File.AppendAllText(path, "\nHe once worked with Ada Quill.\n");
        Assert.Equal(0, site.Build().ExitCode); // cached with Ada Quill unknown

        site.Write("content/people/ada-quill.yml", "name: Ada Quill\n");
        var run = site.Build();

        Assert.Contains(run.DiagnosticLines, l => l.Contains("BRF033", StringComparison.Ordinal) && l.Contains("'Ada Quill'", StringComparison.Ordinal));
        Assert.Equal(site.Build("--no-cache").DiagnosticLines, run.DiagnosticLines);
    }

    [Fact]
    public void NoCacheFlag_NeitherReadsNorWritesTheCache()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);

        var run = site.Build("--no-cache", "--timings");

        Assert.Equal(0, run.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".briefing")));
        var again = Rendered(site.Build("--no-cache", "--timings"));
        Assert.Equal(again.Total, again.Pages);
    }

    [Fact]
    public void AnotherOutputFolder_DoesNotUseThisFoldersPageCache()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        var other = Path.Combine(site.Root, "other");
        Directory.CreateDirectory(other);

        var run = site.Build("--output", other, "--timings");

        var (pages, total, _, _) = Rendered(run);
        Assert.Equal(total, pages);
        Assert.True(File.Exists(Path.Combine(other, "index.html")));
    }

    /// <summary>
    /// Seeded random edits (bodies, titles, summaries, registry descriptions, names and aliases, the site's description, a
    /// template, new briefings), rebuilding through the cache after each and comparing with a clean build without it: every kind of
    /// edit the build key or the content keys must see.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomEditSequence_EachIncrementalBuildEqualsACleanBuild(int seed)
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);
        var random = new Random(seed);
        for (var step = 0; step < 10; step++)
        {
            var briefings = Directory.GetFiles(Path.Combine(site.Root, "content/briefings"), "*.md", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith("draft-briefing.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
            var briefing = briefings[random.Next(briefings.Length)];
            var text = File.ReadAllText(briefing);
            switch (random.Next(10))
            {
                case 0:
                    File.AppendAllText(briefing, $"\nEdit {step}: a new paragraph mentioning Meta.\n");
                    break;
                case 1:
                    File.WriteAllText(briefing, Regex.Replace(text, "^title: \"(.*)\"$", $"title: \"$1 ({step})\"", RegexOptions.Multiline));
                    break;
                case 2:
                    File.WriteAllText(briefing, Regex.Replace(text, "^summary: \"(.*)\"$", $"summary: \"$1 Step {step}.\"", RegexOptions.Multiline));
                    break;
                case 3:
                    var companies = Directory.GetFiles(Path.Combine(site.Root, "content/companies")).Order(StringComparer.Ordinal).ToArray();
                    File.AppendAllText(companies[random.Next(companies.Length)], $"# edited at step {step}\n");
                    site.Write("content/companies/zhi-yuan-ai.yml",
                        File.ReadAllText(Path.Combine(site.Root, "content/companies/zhi-yuan-ai.yml")).Replace("\ndescription:", $"\ndescription: Step {step}.", StringComparison.Ordinal));
                    break;
                case 6:
                    var person = Directory.GetFiles(Path.Combine(site.Root, "content/people")).Order(StringComparer.Ordinal).ToArray()[step % 3];
                    File.WriteAllText(person, Regex.Replace(File.ReadAllText(person), "^description: .*$", $"description: Described at step {step}.", RegexOptions.Multiline));
                    break;
                case 7:
                    var renamed = Path.Combine(site.Root, "content/companies/amazon.yml");
                    File.WriteAllText(renamed, Regex.Replace(File.ReadAllText(renamed), "^name: (.*)$", $"name: Amazon {step}", RegexOptions.Multiline));
                    break;
                case 8:
                    var aliased = Path.Combine(site.Root, "content/people/vasi-philomin.yml");
                    File.WriteAllText(aliased, Regex.Replace(File.ReadAllText(aliased), "^aliases: .*$", $"aliases: [\"Philomin {step}\"]", RegexOptions.Multiline));
                    break;
                case 9:
                    var config = Path.Combine(site.Root, "content/site.yml");
                    File.WriteAllText(config, Regex.Replace(File.ReadAllText(config), "^description: .*$", $"description: The site at step {step}.", RegexOptions.Multiline));
                    break;
                case 4:
                    var layout = Path.Combine(site.Root, "themes/briefing/partials/card.html");
                    File.WriteAllText(layout, File.ReadAllText(layout) + $"\n<!-- step {step} -->\n");
                    break;
                default:
                    var copy = Path.Combine(Path.GetDirectoryName(briefing)!, $"copy-{step}.md");
                    File.WriteAllText(copy, text);
                    break;
            }

            var run = site.Build();
            Assert.True(run.ExitCode == 0, $"step {step}: {run.Stderr}");
            AssertEqualsCleanBuild(site);
        }
    }
}

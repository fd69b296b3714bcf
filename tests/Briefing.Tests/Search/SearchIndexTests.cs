using Briefing.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.Search;

/// <summary><c>briefing build</c> runs Pagefind over the published site into <c>pagefind/</c>, when Pagefind is there.</summary>
public sealed class SearchIndexTests
{
    private static Dictionary<string, DateTime> Mtimes(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    [Fact]
    public void Build_WithPagefind_WritesTheIndexAndTheUi_IntoPagefindFolder()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);

        var run = site.Build("--pagefind", PagefindTool.Path);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("search index: pagefind/ rebuilt with --pagefind", run.Stdout, StringComparison.Ordinal);
        Assert.True(site.OutputExists("pagefind/pagefind.js"));
        Assert.True(site.OutputExists("pagefind/pagefind-ui.js"));
        Assert.True(site.OutputExists("pagefind/pagefind-ui.css"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(site.Output, "pagefind", "fragment")));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(site.Output)!, ".public.pagefind-*")); // no temp folder left
    }

    [Fact]
    public void Build_WithoutPagefind_Succeeds_AndSaysSearchWasSkipped()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite); // no node_modules, no BRIEFING_PAGEFIND, no PATH

        var run = site.Build();

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains(PagefindLocator.NotFoundNote + "\n", run.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "pagefind")));
        Assert.True(site.OutputExists("search/index.html"));
    }

    [Fact]
    public void NoSearch_DoesNotRunPagefind_AndRemovesAPreviousIndex()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build("--pagefind", PagefindTool.Path).ExitCode);

        var run = site.Build("--no-search", "--pagefind", PagefindTool.Path);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.DoesNotContain("search index", run.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "pagefind")));
        Assert.Contains(" removed ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void NoOpRebuild_WithSearch_WritesNoFile_AndKeepsTheIndex()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build("--pagefind", PagefindTool.Path).ExitCode);
        var before = Mtimes(site.Output);

        var run = site.Build("--pagefind", PagefindTool.Path);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains(" 0 written, ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(" 0 removed ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("search index: pagefind/ up to date (no page changed)", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, Mtimes(site.Output));
        Assert.Contains(before.Keys, k => k.StartsWith("pagefind", StringComparison.Ordinal));
    }

    [Fact]
    public void EditedBriefing_RebuildsTheIndex_AndKeepsPagefindThroughTheIncrementalPublish()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build("--pagefind", PagefindTool.Path).ExitCode);
        File.AppendAllText(Path.Combine(site.Root, "content/briefings/2024/older-amazon-briefing.md"), "\nA zanzibarian sentence.\n");

        var run = site.Build("--pagefind", PagefindTool.Path);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("search index: pagefind/ rebuilt", run.Stdout, StringComparison.Ordinal);
        Assert.True(site.OutputExists("pagefind/pagefind.js"));
        Assert.True(site.OutputExists("pagefind/pagefind-ui.js"));
    }

    [Fact]
    public void PagefindOutput_IsByteIdentical_AcrossTwoBuildsOfTheSameSite()
    {
        using var first = TestSite.CopyOf(RepoPaths.FixtureSite);
        using var second = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, first.Build("--pagefind", PagefindTool.Path).ExitCode);
        Assert.Equal(0, second.Build("--pagefind", PagefindTool.Path).ExitCode);

        var a = Files(Path.Combine(first.Output, "pagefind"));
        var b = Files(Path.Combine(second.Output, "pagefind"));

        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        Assert.All(a, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(b[kv.Key]), kv.Key));
    }

    [Fact]
    public void BriefingPagefindVariable_IsUsed_WhenNoOptionIsGiven()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Environment[PagefindLocator.EnvironmentVariable] = PagefindTool.Path;

        var run = site.Build();

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("search index: pagefind/ rebuilt with BRIEFING_PAGEFIND", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void PagefindOptionNamingNoFile_IsRefused_BeforeAnythingIsWritten()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);

        var run = site.Build("--pagefind", Path.Combine(site.Root, "no-such-pagefind"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: --pagefind names {Path.Combine(site.Root, "no-such-pagefind")}, which is not an executable file", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }
}

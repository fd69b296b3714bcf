using Briefing.Cli;

namespace Briefing.Tests.Cli;

/// <summary>
/// Which sites build in a no-GC region from the start: fewer than <see cref="BuildPipeline.SmallSiteBriefings"/> briefings
/// (Markdown files anywhere under content/briefings/). A larger site must keep its collector: its peak memory needs it.
/// </summary>
public sealed class SmallSiteTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefing-small-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Briefings(int count, string folder = "2025")
    {
        var dir = Path.Combine(_root, "content", "briefings", folder);
        Directory.CreateDirectory(dir);
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(dir, $"b{i}.md"), "");
        }
    }

    [Fact]
    public void ASiteWithoutBriefings_IsSmall()
    {
        Directory.CreateDirectory(Path.Combine(_root, "content"));
        Assert.True(BuildPipeline.SmallSite(_root));
        Assert.True(BuildPipeline.SmallSite(Path.Combine(_root, "missing")));
    }

    [Fact]
    public void OneBriefingUnderTheLimit_IsSmall_AndAtTheLimit_IsNot()
    {
        Briefings(BuildPipeline.SmallSiteBriefings - 1);
        Assert.True(BuildPipeline.SmallSite(_root));
        Briefings(1, "2026");
        Assert.False(BuildPipeline.SmallSite(_root));
    }

    [Fact]
    public void OnlyMarkdownFilesCount_AtAnyDepth()
    {
        Briefings(BuildPipeline.SmallSiteBriefings / 2, "2025/deep/er");
        var other = Path.Combine(_root, "content", "briefings", "notes");
        Directory.CreateDirectory(other);
        for (var i = 0; i < BuildPipeline.SmallSiteBriefings; i++)
        {
            File.WriteAllText(Path.Combine(other, $"n{i}.txt"), "");
        }

        Assert.True(BuildPipeline.SmallSite(_root));
        Briefings(BuildPipeline.SmallSiteBriefings - (BuildPipeline.SmallSiteBriefings / 2), "2024");
        Assert.False(BuildPipeline.SmallSite(_root));
    }
}

using Briefing.Caching;
using Briefing.Cli;

namespace Briefing.Tests.Caching;

/// <summary>
/// What the snapshot check tells a build before it loads the site: whether only a few briefings changed, which gives
/// the build a larger no-GC budget (a small rebuild then never collects; the output does not depend on it).
/// </summary>
public sealed class SnapshotCheckTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "site");
    private static readonly string Briefings = Path.Combine(Root, "content", "briefings");

    private static SnapshotCheck Check(params (string Path, long Length, bool Held)[] entries) =>
        new(new SiteSnapshot(UInt128.One, DateTimeOffset.MaxValue, 0, 0, [], [.. entries.Select(e => new SiteSnapshot.Entry(e.Path, e.Length, 1))]),
            [.. entries.Select(e => e.Held)]);

    [Fact]
    public void OneBriefingSaved_InPlaceOrByRename_IsASmallEdit()
    {
        var inPlace = Check((Briefings, -1, true), (Path.Combine(Briefings, "2025"), -1, true), (Path.Combine(Briefings, "2025", "a.md"), 10, false),
            (Path.Combine(Root, "content", "site.yml"), 5, true));
        var renamed = Check((Path.Combine(Briefings, "2025"), -1, false), (Path.Combine(Briefings, "2025", "a.md"), 10, false));

        Assert.True(BuildPipeline.SmallEdit(inPlace, Root));
        Assert.True(BuildPipeline.SmallEdit(renamed, Root));
    }

    [Theory]
    [InlineData("content/companies/openai.yml")] // a registry entry: the pages of everything it names
    [InlineData("themes/briefing/layouts/tag.html")] // the theme: every page
    [InlineData("content/site.yml")]
    [InlineData("content/briefings-old/a.md")] // a sibling whose name starts like the folder
    [InlineData("public/index.html")] // an output file touched by hand
    public void AChangeOutsideTheBriefings_IsNotASmallEdit(string other)
    {
        var check = Check((Path.Combine(Briefings, "2025", "a.md"), 10, false), (Path.Combine(Root, other), 10, false));

        Assert.False(BuildPipeline.SmallEdit(check, Root));
    }

    [Fact]
    public void ManyBriefingsChanged_IsNotASmallEdit()
    {
        var nine = Enumerable.Range(0, 9).Select(i => (Path.Combine(Briefings, "2025", $"b{i}.md"), 10L, false)).ToArray();

        Assert.True(BuildPipeline.SmallEdit(Check(nine[..8]), Root));
        Assert.False(BuildPipeline.SmallEdit(Check(nine), Root));
    }
}

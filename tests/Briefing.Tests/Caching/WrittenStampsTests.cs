using Briefing.Caching;
using Briefing.Media.Cards;
using Briefing.Tests.Support;

namespace Briefing.Tests.Caching;

/// <summary>
/// A build that replaces its output whole stamps the files it writes as it writes them (<see cref="WrittenStamps"/>):
/// the render cache and the site snapshot take those stamps instead of an <c>lstat</c> per file, so they must be exactly
/// what the file system reports once the output is published, for the build's own pages and for the worker's cards.
/// </summary>
public sealed class WrittenStampsTests
{
    private static SiteSnapshot.Entry[] Sorted(IReadOnlyList<SiteSnapshot.Entry>? entries) =>
        [.. Assert.IsAssignableFrom<IReadOnlyList<SiteSnapshot.Entry>>(entries).OrderBy(e => e.Path, StringComparer.Ordinal)];

    private static string Relative(TestSite site, string file) => Path.GetRelativePath(site.Output, file).Replace(Path.DirectorySeparatorChar, '/');

    private static string[] Roots(TestSite site) =>
        [Path.Combine(site.Root, "content"), Path.Combine(site.Root, "themes"), Path.GetFullPath(site.Output)];

    [Fact]
    public void AColdBuild_StampsThePagesAndCardsItWrote_AsTheFileSystemReportsThem()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);

        var result = Briefing.Cli.BuildPipeline.Run(new Briefing.Cli.BuildRequest(site.Root, site.Output, new Briefing.Content.LoadOptions()));

        Assert.True(result.Succeeded);
        var stamps = Assert.IsType<WrittenStamps>(result.Stamps);
        var files = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories);
        var stamped = files.Where(f => stamps.OfRelative(Relative(site, f)) is not null).ToArray();
        Assert.All(stamped, f => Assert.Equal(FileStamp.Of(f), stamps.OfRelative(Relative(site, f))));
        Assert.Equal(stamped.Length, stamps.Count);
        // Every page and card is stamped; only the feeds (streamed), the theme's assets and the image variants (linked
        // from the cache) are stat'ed as before.
        var cards = Path.Combine(site.Output, "cards") + Path.DirectorySeparatorChar;
        Assert.Contains(files, f => f.StartsWith(cards, StringComparison.Ordinal));
        Assert.All(files.Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.StartsWith(cards, StringComparison.Ordinal)),
            f => Assert.NotNull(stamps.OfRelative(Relative(site, f))));
        Assert.Equal(Sorted(SiteSnapshot.List(Roots(site))), Sorted(SiteSnapshot.List(Roots(site), stamps)));
    }

    [Theory]
    [InlineData("1")] // the cards drawn by a worker process, which reports each card's stamp
    [InlineData("0")]
    public void TheSnapshotAColdBuildSaves_IsWhatListingTheSiteFinds(string worker)
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Environment[Briefing.Cli.BuildWarmup.CardWorkerVariable] = worker;

        var run = site.Build();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(worker == "1", run.Stdout.Contains("cards drawn by a worker process", StringComparison.Ordinal));
        var saved = SiteSnapshot.Load(BuildStamp.CacheFolder(Path.GetFullPath(site.Root)));
        Assert.NotNull(saved);
        Assert.Equal(Sorted(SiteSnapshot.List(Roots(site))), Sorted(saved.Entries));
    }

    [Fact]
    public void TheSnapshotOfAColdBuildWithItsSearchIndex_ListsTheIndexTheBuildDidNotProduce_AndTheNextBuildAnswersFromIt()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Environment["BRIEFING_PAGEFIND"] = PagefindTool.Path;

        var first = site.Build();
        var second = site.Build("--timings");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.True(Directory.Exists(Path.Combine(site.Output, "pagefind")));
        var saved = SiteSnapshot.Load(BuildStamp.CacheFolder(Path.GetFullPath(site.Root)));
        Assert.NotNull(saved);
        Assert.Contains(saved.Entries, e => e.Path.Contains("/pagefind/", StringComparison.Ordinal));
        Assert.Equal(Sorted(SiteSnapshot.List(Roots(site))), Sorted(saved.Entries));
        Assert.Contains("nothing changed since the last build", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileAddedAtTheTopOfTheOutput_IsInTheSnapshotOfTheBuildThatPublishedIt()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var result = Briefing.Cli.BuildPipeline.Run(new Briefing.Cli.BuildRequest(site.Root, site.Output, new Briefing.Content.LoadOptions()));
        File.WriteAllText(Path.Combine(site.Output, "stray.txt"), "not the build's");
        Directory.CreateDirectory(Path.Combine(site.Output, "stray", "deeper"));
        File.WriteAllText(Path.Combine(site.Output, "stray", "deeper", "file.txt"), "nor this");

        var listed = SiteSnapshot.List(Roots(site), result.Stamps);

        Assert.Equal(Sorted(SiteSnapshot.List(Roots(site))), Sorted(listed));
    }

    [Fact]
    public void ABuildOverAnExistingOutput_StampsNothing()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var request = new Briefing.Cli.BuildRequest(site.Root, site.Output, new Briefing.Content.LoadOptions());
        Briefing.Cli.BuildPipeline.Run(request);
        File.AppendAllText(Path.Combine(site.Root, "content", "briefings", "2025", "vasi-philomin-leaves-aws.md"), "\nOne more sentence.\n");

        var again = Briefing.Cli.BuildPipeline.Run(request);

        Assert.True(again.Succeeded);
        Assert.Null(again.Stamps); // files moved into an existing output, or kept: each is stat'ed
    }

    [Theory]
    [InlineData("7", 7, null, null)]
    [InlineData("7 1024 638712345678901234", 7, 1024L, 638712345678901234L)]
    [InlineData("", null, null, null)]
    [InlineData("x", null, null, null)]
    [InlineData("-1", null, null, null)]
    [InlineData("7 1024", null, null, null)]
    [InlineData("7 1024 12 13", null, null, null)]
    [InlineData("7 1024 x", null, null, null)]
    [InlineData("7 -5 12", null, null, null)]
    [InlineData("7  12", null, null, null)]
    [InlineData("99999999999 1 2", null, null, null)]
    [InlineData("7 1 99999999999999999999", null, null, null)]
    public void AWorkersConfirmation_IsReadOnlyInTheFormsItWrites(string line, int? card, long? length, long? ticks)
    {
        var read = CardWorkerProcess.Confirmation(line);

        Assert.Equal(card, read?.Card);
        Assert.Equal(length is { } l && ticks is { } t ? new FileStamp(l, t) : null, read?.Stamp);
    }
}

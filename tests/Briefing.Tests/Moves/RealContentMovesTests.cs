using AngleSharp.Dom;
using Briefing.Tests.Support;

namespace Briefing.Tests.Moves;

/// <summary>The acceptance cases on the real site (content/): Vasi Philomin, Amazon through AWS, Meta and OpenAI.</summary>
public sealed class RealContentMovesTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create(string.Empty, withTheme: false);

    public RealContentMovesTests()
    {
        TestSite.CopyDirectory(Path.Combine(RepoPaths.Root, "content"), Path.Combine(_site.Root, "content"));
        TestSite.CopyDirectory(RepoPaths.Theme, Path.Combine(_site.Root, "themes", "briefing"));
        var run = _site.Build();
        Assert.True(run.ExitCode == 0, run.Stderr);
    }

    public void Dispose() => _site.Dispose();

    private IDocument Page(string path) => Html.Load(_site, path);

    private static IElement MovesTable(IDocument doc, string captionStart) => doc.QuerySelectorAll("table.moves")
        .Single(t => t.QuerySelector("caption")!.TextContent.StartsWith(captionStart, StringComparison.Ordinal));

    private static string[] Counts(IDocument doc, string row) =>
        doc.QuerySelectorAll($".flow-counts tr.{row} td").Select(td => td.TextContent.Trim()).ToArray();

    [Fact]
    public void VasiPhilominsPage_ShowsHisAwsDeparture()
    {
        var doc = Page("people/vasi-philomin/index.html");

        var item = Assert.Single(doc.QuerySelectorAll(".timeline-item"));
        Assert.Equal("Departure", item.QuerySelector(".kind")!.TextContent);
        Assert.Equal("/companies/aws/", item.QuerySelector(".timeline-path a")!.GetAttribute("href"));
        Assert.Equal("2025-06-26", item.QuerySelector("time")!.GetAttribute("datetime"));
        var stint = Assert.Single(doc.QuerySelectorAll(".career-stint"));
        Assert.StartsWith("Amazon Web Services: Vice President", stint.QuerySelector(".career-company")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AmazonsPage_CountsVasisDepartureAsAnOutflow_ThroughAws()
    {
        var doc = Page("companies/amazon/index.html");

        var outTable = MovesTable(doc, "Talent out");
        var vasi = outTable.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector(".move-person a")?.GetAttribute("href") == "/people/vasi-philomin/");
        Assert.Equal("/companies/aws/", vasi.QuerySelector(".move-path a")!.GetAttribute("href"));
        Assert.NotEqual("0", Counts(doc, "flow-all-time")[1]);
        Assert.NotEqual("0", Counts(doc, "flow-12-months")[1]);
    }

    [Fact]
    public void OpenAiResearchersMove_IsMetasInflow_AndOpenAisOutflow()
    {
        var meta = Page("companies/meta/index.html");
        var openai = Page("companies/openai/index.html");

        Assert.Contains(MovesTable(meta, "Talent in").QuerySelectorAll(".move-person"), c => c.TextContent.Trim() == "3 OpenAI researchers");
        Assert.Contains(MovesTable(openai, "Talent out").QuerySelectorAll(".move-person"), c => c.TextContent.Trim() == "3 OpenAI researchers");
        Assert.Contains(meta.QuerySelectorAll(".top-sources li a"), a => a.GetAttribute("href") == "/companies/openai/");
        Assert.Contains(openai.QuerySelectorAll(".top-destinations li a"), a => a.GetAttribute("href") == "/companies/meta/");
    }

    [Fact]
    public void MovesPage_AndFeed_ListEveryRealMove()
    {
        var doc = Page("moves/index.html");
        var feed = Feeds.Syndication(_site, "moves/feed.xml");

        var rows = doc.QuerySelectorAll("table.moves tbody tr").Length;
        Assert.True(rows >= 3, $"{rows} moves");
        Assert.Equal(rows, feed.Items.Count());
        MovesPageTests.AssertChartMatchesTable(doc, "chart-flows");
    }
}

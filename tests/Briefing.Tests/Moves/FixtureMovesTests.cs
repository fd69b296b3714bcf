using AngleSharp.Dom;
using Briefing.Tests.Support;

namespace Briefing.Tests.Moves;

/// <summary>
/// Moves on the fixture site (newest briefing 2025-06-26): the OpenAI researchers' poach is reported by two
/// briefings; Rajesh Sheth's hire by Amazon (2024-03-01) lies outside the last 12 months; Vasi leaves through AWS.
/// </summary>
public sealed class FixtureMovesTests(BuiltFixture fixture) : IClassFixture<BuiltFixture>
{
    private IDocument Page(string path) => Html.Load(fixture.Site, path);

    private static string[] Counts(IDocument doc, string row) =>
        doc.QuerySelectorAll($".flow-counts tr.{row} td").Select(td => td.TextContent.Trim()).ToArray();

    [Fact]
    public void DuplicateReports_AreOneMove_WithBothBriefings()
    {
        var doc = Page("moves/index.html");

        var group = Assert.Single(doc.QuerySelectorAll("table.moves tbody tr"), r => r.QuerySelector(".move-person")!.TextContent.Trim() == "3 OpenAI researchers");
        Assert.Equal(["/news/briefings/2025/meta-poaches-openai-researchers/", "/news/briefings/2025/vasi-philomin-leaves-aws/"],
            group.QuerySelectorAll(".move-reports a").Select(a => a.GetAttribute("href")!));
        Assert.Equal(3, Feeds.Syndication(fixture.Site, "moves/feed.xml").Items.Count()); // feed_items: 3 of 4 moves
    }

    [Fact]
    public void Meta_CountsTheResearchersOnce_AsPeopleIn()
    {
        var meta = Page("companies/meta/index.html");

        // The three researchers (reported twice, counted once) and José Núñez; counted twice it would be 7
        Assert.Equal(["4", "0", "+4"], Counts(meta, "flow-all-time"));
        Assert.Equal(["4", "0", "+4"], Counts(meta, "flow-12-months"));
    }

    [Fact]
    public void Amazon_CountsAnOlderHireAllTime_ButNotInTheLast12Months()
    {
        var amazon = Page("companies/amazon/index.html");

        Assert.Equal(["1", "1", "0"], Counts(amazon, "flow-all-time"));
        Assert.Equal(["0", "1", "-1"], Counts(amazon, "flow-12-months"));
        Assert.Equal("2024-06-27", amazon.QuerySelector(".flow-12-months time")!.GetAttribute("datetime"));
        MovesPageTests.AssertChartMatchesTable(amazon, "chart-quarters");
    }
}

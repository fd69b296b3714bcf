using AngleSharp.Dom;
using Briefing.Tests.Support;

namespace Briefing.Tests.Moves;

/// <summary>Company pages' talent flow, person careers and the home panel, on the inline moves site.</summary>
public sealed class CompanyFlowTests(MovesSite fixture) : IClassFixture<MovesSite>
{
    private IDocument Page(string path) => Html.Load(fixture.Site, path);

    private static string[] Counts(IDocument doc, string row) =>
        doc.QuerySelectorAll($".flow-counts tr.{row} td").Select(td => td.TextContent.Trim()).ToArray();

    [Fact]
    public void Grandparent_RollsUpAMoveThroughTwoLevelsOfParents()
    {
        // Given Ada leaving Google DeepMind (parent Google, whose parent is Alphabet) for OpenAI
        var alphabet = Page("companies/alphabet/index.html");

        // Then Alphabet's talent-out table and counts include her move, and OpenAI leads its destinations
        var outTable = alphabet.QuerySelectorAll("table.moves").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Talent out", StringComparison.Ordinal));
        Assert.Contains(outTable.QuerySelectorAll(".move-person a"), a => a.GetAttribute("href") == "/people/ada/");
        Assert.Equal(["1", "1", "0"], Counts(alphabet, "flow-all-time"));
        Assert.Equal(["OpenAI 1"], alphabet.QuerySelectorAll(".top-destinations li").Select(li => Squash(li.TextContent)));
        Assert.Equal(["Meta 1"], alphabet.QuerySelectorAll(".top-sources li").Select(li => Squash(li.TextContent)));
    }

    [Fact]
    public void LastTwelveMonths_EndAtTheNewestBriefing_AndLeaveOutOlderMoves()
    {
        // Given Meta losing Bob on 2024-06-27 (first day of the window) and Cy on 2024-06-26 (one day before it)
        var meta = Page("companies/meta/index.html");

        // Then both count all time, only Bob in the last 12 months
        Assert.Equal(["0", "2", "-2"], Counts(meta, "flow-all-time"));
        Assert.Equal(["0", "1", "-1"], Counts(meta, "flow-12-months"));
        Assert.Equal("2024-06-27", meta.QuerySelector(".flow-12-months time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void Promotion_IsAnInternalMove_NeitherInNorOut()
    {
        var google = Page("companies/google/index.html");

        var captions = google.QuerySelectorAll("table.moves caption").Select(c => c.TextContent).ToArray();
        Assert.Contains(captions, c => c.StartsWith("Internal moves", StringComparison.Ordinal));
        Assert.Equal(["1", "1", "0"], Counts(google, "flow-all-time"));
    }

    [Theory]
    [InlineData("companies/alphabet/index.html")]
    [InlineData("companies/meta/index.html")]
    [InlineData("companies/openai/index.html")]
    public void QuarterChart_NumbersEqualItsTableNumbers(string path)
    {
        var doc = Page(path);

        MovesPageTests.AssertChartMatchesTable(doc, "chart-quarters");
        var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Single(doc.QuerySelectorAll("h1"));
    }

    [Fact]
    public void QuarterChart_CountsOpenAIsJoinersInTheirQuarters()
    {
        var doc = Page("companies/openai/index.html");

        var rows = doc.QuerySelectorAll("#chart-quarters tbody tr")
            .ToDictionary(tr => tr.QuerySelector("th")!.TextContent, tr => string.Join(",", tr.QuerySelectorAll("td").Select(td => td.TextContent)));
        Assert.Equal(8, rows.Count);
        Assert.Equal("1,0", rows["2025 Q2"]);
        Assert.Equal("1,0", rows["2024 Q2"]);
        Assert.Equal("0,0", rows["2024 Q3"]);
    }

    [Fact]
    public void PersonPage_ShowsACareerTimeline_WithTheReportingBriefings()
    {
        var ada = Page("people/ada/index.html");

        var stints = ada.QuerySelectorAll(".career-stint").ToArray();
        Assert.Equal(["Google DeepMind", "OpenAI: Research lead"], stints.Select(s => Squash(s.QuerySelector(".career-company")!.TextContent)));
        Assert.Equal("2025-06-20", stints[1].QuerySelector(".career-dates time")!.GetAttribute("datetime"));
        Assert.Equal(2, stints[1].QuerySelectorAll(".career-reports a").Length);
        var bob = Page("people/bob/index.html");
        Assert.Equal(["Meta", "Google: Director", "Google: VP"],
            bob.QuerySelectorAll(".career-company").Select(p => Squash(p.TextContent)));
    }

    [Fact]
    public void HomePanel_ShowsLargestNetGainAndLoss_OverTheLast90Days()
    {
        // Given only Ada's poach within 90 days of the newest briefing (Bob's promotion is internal)
        var home = Page("index.html");

        Assert.Equal(["OpenAI +1 (1 in, 0 out)"], home.QuerySelectorAll(".flow-gains li").Select(li => Squash(li.TextContent)));
        Assert.Equal(["Alphabet -1 (0 in, 1 out)", "Google -1 (0 in, 1 out)", "Google DeepMind -1 (0 in, 1 out)"],
            home.QuerySelectorAll(".flow-losses li").Select(li => Squash(li.TextContent)));
        Assert.Equal("2025-03-29", home.QuerySelector(".talent-panel time")!.GetAttribute("datetime"));
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using AngleSharp.Dom;
using Briefing.Tests.Support;

namespace Briefing.Tests.Moves;

/// <summary><c>/moves/</c>, its filter pages and the moves feed, on the inline moves site.</summary>
public sealed class MovesPageTests(MovesSite fixture) : IClassFixture<MovesSite>
{
    private IDocument Page(string path) => Html.Load(fixture.Site, path);

    private static IElement[] Rows(IDocument doc) => doc.QuerySelectorAll("table.moves tbody tr").ToArray();

    [Fact]
    public void DuplicateReports_AreOneMove_LinkingEveryReportingBriefing()
    {
        // Given Ada's poach reported by two briefings
        var doc = Page("moves/index.html");

        // Then /moves/ lists four moves, Ada's once, with both briefings in its "Reported in" cell
        var rows = Rows(doc);
        Assert.Equal(4, rows.Length);
        var ada = Assert.Single(rows, r => r.QuerySelector(".move-person")!.TextContent.Trim() == "Ada Lovelace");
        Assert.Equal(["/briefings/2025/ada-joins-openai/", "/briefings/2025/deepmind-loses-ada/"],
            ada.QuerySelectorAll(".move-reports a").Select(a => a.GetAttribute("href")!));
        Assert.Single(Page("people/ada/index.html").QuerySelectorAll(".timeline-item"));
    }

    [Fact]
    public void MovesPage_IsNewestFirst_WithAnAccessibleTable()
    {
        var doc = Page("moves/index.html");

        var dates = Rows(doc).Select(r => r.QuerySelector("time")!.GetAttribute("datetime")!).ToArray();
        Assert.Equal(["2025-06-20", "2025-05-01", "2024-06-27", "2024-06-26"], dates);
        Assert.Single(doc.QuerySelectorAll("h1"));
        Assert.NotNull(doc.QuerySelector("table.moves caption"));
        Assert.All(doc.QuerySelectorAll("table th"), th => Assert.NotNull(th.GetAttribute("scope")));
        var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(doc.QuerySelectorAll("nav.site-nav a"), a => a.GetAttribute("href") == "/moves/");
    }

    [Theory]
    [InlineData("hires", new[] { "Bob Builder", "Cy Young" })]
    [InlineData("poaches", new[] { "Ada Lovelace" })]
    [InlineData("promotions", new[] { "Bob Builder" })]
    [InlineData("departures", new string[0])]
    public void KindFilterPage_ListsOnlyThatKind(string segment, string[] people)
    {
        var doc = Page($"moves/{segment}/index.html");

        Assert.Equal(people, Rows(doc).Select(r => r.QuerySelector(".move-person")!.TextContent.Trim()));
        Assert.Equal($"/moves/{segment}/", doc.QuerySelector(".move-filters a[aria-current=page]")!.GetAttribute("href"));
    }

    [Fact]
    public void FlowChart_NumbersEqualItsTableNumbers()
    {
        var doc = Page("moves/index.html");

        AssertChartMatchesTable(doc, "chart-flows");
        var labels = doc.QuerySelectorAll("#chart-flows tbody th").Select(th => th.TextContent).ToArray();
        Assert.Equal(["Google DeepMind → OpenAI", "Meta → Google", "Meta → OpenAI"], labels);
    }

    [Fact]
    public void MovesFeed_HasOneItemPerMove_WithStableGuids()
    {
        var feed = Feeds.Syndication(fixture.Site, "moves/feed.xml");

        var ids = feed.Items.Select(i => i.Id).ToArray();
        Assert.Equal(4, ids.Length);
        Assert.Equal("move:ada/google-deepmind/openai/2025-06-20", ids[0]);
        Assert.Equal("OpenAI poaches Ada Lovelace from Google DeepMind", feed.Items.First().Title.Text);
        Assert.Equal("https://example.org/briefings/2025/ada-joins-openai/", feed.Items.First().Links.Single().Uri.AbsoluteUri);
    }

    /// <summary>Every bar's <c>data-value</c> equals the table cell at its row and series.</summary>
    internal static void AssertChartMatchesTable(IDocument doc, string id)
    {
        var figure = doc.GetElementById(id)!;
        var table = figure.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var bars = figure.QuerySelectorAll("svg rect.bar").ToArray();
        Assert.NotEmpty(bars);
        Assert.Equal(table.Sum(r => r.Length), bars.Length);
        foreach (var bar in bars)
        {
            var row = int.Parse(bar.GetAttribute("data-row")!, System.Globalization.CultureInfo.InvariantCulture);
            var series = int.Parse(bar.GetAttribute("data-series")!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(table[row][series].ToString(System.Globalization.CultureInfo.InvariantCulture), bar.GetAttribute("data-value"));
        }

        Assert.NotNull(figure.QuerySelector("svg > title"));
        Assert.NotNull(figure.QuerySelector("svg > desc"));
        Assert.Equal($"{id}-desc", figure.QuerySelector("svg")!.GetAttribute("aria-describedby"));
    }
}

using AngleSharp.Dom;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>The fixture site's pages, parsed with AngleSharp: structure, links, lists, pagination, escaping.</summary>
public sealed class FixturePageTests(BuiltFixture fixture) : IClassFixture<BuiltFixture>
{
    private const string TortureTitle = "Q&A: <script>alert(1)</script> \"quoted\" 'single' & José";

    private IDocument Page(string path) => Html.Load(fixture.Site, path);

    private static string[] MainLinks(IDocument doc, string selector = "main a[href]") =>
        doc.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!).ToArray();

    [Fact]
    public void Home_ListsNewestBriefingsFirst_PerPageFromSiteYml()
    {
        var home = Page("index.html");

        var links = MainLinks(home).Where(h => h.StartsWith("/news/briefings/", StringComparison.Ordinal)).Distinct().ToArray();

        Assert.Equal(["/news/briefings/2025/vasi-philomin-leaves-aws/", "/news/briefings/2025/meta-poaches-openai-researchers/"], links);
        Assert.Equal("Fixture Briefing", home.Title);
    }

    [Fact]
    public void Home_SecondPage_HoldsOlderBriefings_AndLinksBack()
    {
        var page2 = Page("page/2/index.html");

        var links = MainLinks(page2).Where(h => h.StartsWith("/news/briefings/", StringComparison.Ordinal)).Distinct().ToArray();

        Assert.Equal(["/news/briefings/2025/escape-torture/", "/news/briefings/2025/openai-opens-zurich-lab/"], links);
        Assert.Contains("/news/", MainLinks(page2));
        Assert.True(fixture.Site.OutputExists("page/3/index.html"));
        Assert.False(fixture.Site.OutputExists("page/4/index.html"));
        Assert.Contains("/news/page/2/", MainLinks(Page("index.html")));
    }

    [Fact]
    public void Home_ShowsDateSummaryCompaniesAndPeople_ForEachBriefing()
    {
        var home = Page("index.html");
        var text = home.QuerySelector("main")!.TextContent;

        Assert.Contains("Vasi Philomin has left AWS; Rajesh Sheth takes over some of his duties.", text, StringComparison.Ordinal);
        Assert.Contains(home.QuerySelectorAll("main time"), t => t.GetAttribute("datetime") == "2025-06-26T09:00:00+00:00" && t.TextContent.Contains("26 June 2025", StringComparison.Ordinal));
        Assert.Contains("/news/companies/aws/", MainLinks(home));
        Assert.Contains("/news/people/vasi-philomin/", MainLinks(home));
    }

    [Fact]
    public void DraftBriefing_IsNotPublished_Anywhere()
    {
        Assert.False(fixture.Site.OutputExists("briefings/2025/draft-briefing/index.html"));
        Assert.DoesNotContain("draft-briefing", fixture.Site.ReadOutput("feed.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("draft-briefing", fixture.Site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("draft-briefing", fixture.Site.ReadOutput("companies/amazon/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void BriefingPage_ShowsTitleDatesSummaryBodyEntitiesMovesSourcesAndNeighbours()
    {
        var doc = Page("briefings/2025/vasi-philomin-leaves-aws/index.html");

        Assert.Equal("AWS loses generative-AI chief Vasi Philomin", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Single(doc.QuerySelectorAll("h1"));
        var times = doc.QuerySelectorAll("main time").Select(t => t.GetAttribute("datetime")).ToArray();
        Assert.Contains("2025-06-26T09:00:00+00:00", times);
        Assert.Contains("2025-06-27T08:30:00+02:00", times);
        Assert.Contains("eight years", doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("main h2#what-happened"));
        var links = MainLinks(doc);
        Assert.Contains("/news/companies/aws/", links);
        Assert.Contains("/news/companies/openai/", links);
        Assert.Contains("/news/people/rajesh-sheth/", links);
        Assert.Contains("https://www.reuters.com/technology/example/?a=1&b=2", links);
        Assert.Contains("/news/briefings/2025/meta-poaches-openai-researchers/", links); // previous (older)
        var moves = doc.QuerySelectorAll("main table")
            .First(t => t.QuerySelector("caption") is not null && t.TextContent.Contains("Philomin", StringComparison.Ordinal));
        Assert.Equal(3, moves.QuerySelectorAll("tbody tr").Length); // Vasi, Rajesh, and the OpenAI researchers (also reported by its own briefing)
        Assert.Contains("undisclosed", moves.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("A report cited by name", doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void BriefingBody_RootRelativeLinks_GetTheBasePath_AndRawHtmlIsEscaped()
    {
        var doc = Page("briefings/2025/vasi-philomin-leaves-aws/index.html");

        Assert.Contains("/news/companies/aws/", MainLinks(doc));
        Assert.Empty(doc.QuerySelectorAll("script:not([type='application/ld+json'])")); // JSON-LD is data, not script
        Assert.Contains("<script>alert(\"raw html is escaped\")</script>", doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NewestBriefing_HasNoNextLink_OldestHasNoPreviousLink()
    {
        // (Related briefings at the foot link both ways too: only the older/newer navigation counts here.)
        var newest = MainLinks(Page("briefings/2025/vasi-philomin-leaves-aws/index.html"), "nav.prev-next a[href]");
        var oldest = MainLinks(Page("briefings/2024/older-amazon-briefing/index.html"), "nav.prev-next a[href]");

        Assert.Contains("/news/briefings/2025/openai-opens-zurich-lab/", oldest); // next (newer)
        Assert.DoesNotContain(newest, h => h.StartsWith("/news/briefings/", StringComparison.Ordinal) && h != "/news/briefings/2025/meta-poaches-openai-researchers/");
    }

    [Theory]
    [InlineData("briefings/2025/escape-torture/index.html")]
    [InlineData("page/2/index.html")]
    [InlineData("companies/meta/index.html")]
    [InlineData("people/jose-nunez/index.html")]
    [InlineData("tags/escaping/index.html")]
    public void TortureTitle_ShowsAsText_NeverAsMarkup(string path)
    {
        var doc = Page(path);

        Assert.Empty(doc.QuerySelectorAll("script:not([type='application/ld+json'])")); // JSON-LD is data, not script
        Assert.Empty(doc.QuerySelectorAll("main b"));
        var anchors = doc.QuerySelectorAll("a").Where(a => a.TextContent.Contains("Q&A", StringComparison.Ordinal)).ToArray();
        if (path.StartsWith("briefings", StringComparison.Ordinal))
        {
            Assert.Equal(TortureTitle, doc.QuerySelector("h1")!.TextContent.Trim());
            Assert.Equal($"{TortureTitle} – Fixture Briefing", doc.Title);
            Assert.Equal("Summary with <b>tags</b> & \"quotes\" and </script> inside.",
                doc.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        }
        else
        {
            Assert.Contains(anchors, a => a.TextContent.Trim() == TortureTitle);
        }
    }

    [Fact]
    public void ParentCompany_RollsUpSubsidiaryBriefingsAndMoves_LabelledWithTheSubsidiary()
    {
        var amazon = Page("companies/amazon/index.html");
        var main = amazon.QuerySelector("main")!;

        Assert.Contains("/news/companies/aws/", MainLinks(amazon));
        Assert.Contains("Amazon Web Services", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vasi Philomin", main.TextContent, StringComparison.Ordinal);
        // Page 1 of 2 (per_page: 2): the newest rolled-up briefing and Amazon's own older one.
        Assert.Contains("/news/briefings/2025/vasi-philomin-leaves-aws/", MainLinks(amazon));
        Assert.Contains("/news/briefings/2024/older-amazon-briefing/", MainLinks(amazon));
    }

    [Fact]
    public void SubsidiaryPage_LinksItsParent_AndShowsMovesOutAndInternal()
    {
        var aws = Page("companies/aws/index.html");
        var text = aws.QuerySelector("main")!.TextContent;

        Assert.Contains("/news/companies/amazon/", MainLinks(aws));
        Assert.Contains("https://aws.amazon.com/", MainLinks(aws));
        Assert.Contains("/news/people/vasi-philomin/", MainLinks(aws));
        Assert.Contains("/news/people/rajesh-sheth/", MainLinks(aws));
        Assert.Contains("AWS", text, StringComparison.Ordinal); // alias
    }

    [Fact]
    public void CompanyPage_ShowsGroupMoveInbound_WithHeadCount()
    {
        var meta = Page("companies/meta/index.html").QuerySelector("main")!.TextContent;

        Assert.Contains("3 OpenAI researchers", meta, StringComparison.Ordinal);
    }

    [Fact]
    public void PersonPage_ShowsTimelineAndBriefings()
    {
        var doc = Page("people/vasi-philomin/index.html");

        Assert.Equal("Vasi Philomin", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Former AWS vice president for generative AI.", doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("/news/briefings/2025/vasi-philomin-leaves-aws/", MainLinks(doc));
        Assert.Contains("/news/companies/aws/", MainLinks(doc));
    }

    [Fact]
    public void PersonNobodyMentions_StillHasAPage()
    {
        var doc = Page("people/unmentioned-person/index.html");

        Assert.Equal("Zoë Quiet", doc.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void CompaniesIndex_IsAlphabetical_WithCounts_AndOtherScriptsUnderHash()
    {
        var doc = Page("companies/index.html");
        var names = doc.QuerySelectorAll("main a[href^='/news/companies/']").Select(a => a.TextContent.Trim()).Where(n => n.Length > 0).ToArray();

        Assert.Equal(["Amazon", "Amazon Web Services", "Meta", "OpenAI", "智源智能"], names);
        var amazonEntry = doc.QuerySelector("main a[href='/news/companies/amazon/']")!.ParentElement!;
        Assert.Contains("2 briefings", amazonEntry.TextContent, StringComparison.Ordinal); // its own and AWS's
        var cjkEntry = doc.QuerySelector("main a[href='/news/companies/zhi-yuan-ai/']")!.ParentElement!;
        Assert.Contains("1 briefing", cjkEntry.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TagPage_ListsItsBriefings()
    {
        var doc = Page("tags/talent-war/index.html");
        var links = MainLinks(doc).Where(h => h.StartsWith("/news/briefings/", StringComparison.Ordinal)).Distinct().ToArray();

        Assert.Equal(["/news/briefings/2025/vasi-philomin-leaves-aws/", "/news/briefings/2025/meta-poaches-openai-researchers/"], links);
    }

    [Fact]
    public void EveryPage_HasLangCanonicalDescriptionAndFeedLink()
    {
        foreach (var file in SitePages.Of(fixture.Site.Output))
        {
            var doc = Html.Parse(File.ReadAllText(file));
            Assert.Equal("en", doc.DocumentElement.GetAttribute("lang"));
            Assert.StartsWith("https://example.org/news/", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("meta[name=description]")?.GetAttribute("content")), file);
            Assert.Equal("/news/feed.xml", doc.QuerySelector("link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href"));
            Assert.Single(doc.QuerySelectorAll("h1"));
        }
    }

    [Fact]
    public void NotFoundPage_IsNoIndex_AndLinksHome()
    {
        var doc = Page("404.html");

        Assert.Equal("noindex", doc.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Contains("/news/", MainLinks(doc, "a[href]"));
    }
}

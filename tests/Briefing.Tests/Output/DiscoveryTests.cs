using System.Text.Json;
using AngleSharp.Dom;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>The head of every page: feed autodiscovery, OpenGraph and Twitter cards, JSON-LD (parsed with System.Text.Json).</summary>
public sealed class DiscoveryTests(BuiltFixture fixture) : IClassFixture<BuiltFixture>
{
    private const string Base = "https://example.org/news/";

    private IDocument Page(string path) => Html.Load(fixture.Site, path);

    private static (string? Type, string? Title, string Href)[] Alternates(IDocument doc) => doc
        .QuerySelectorAll("head link[rel=alternate]")
        .Select(l => (l.GetAttribute("type"), l.GetAttribute("title"), l.GetAttribute("href")!))
        .ToArray();

    private static string? Meta(IDocument doc, string key) =>
        doc.QuerySelector($"meta[property='{key}']")?.GetAttribute("content") ?? doc.QuerySelector($"meta[name='{key}']")?.GetAttribute("content");

    private static JsonElement JsonLd(IDocument doc)
    {
        var script = Assert.Single(doc.QuerySelectorAll("script"));
        Assert.Equal("application/ld+json", script.GetAttribute("type"));
        using var json = JsonDocument.Parse(script.TextContent);
        return json.RootElement.Clone();
    }

    private static string[] HtmlFiles(TestSite site) => SitePages.Of(site.Output);

    [Fact]
    public void EveryPage_AdvertisesTheSiteFeedsInRssAtomAndJson_ThatExist()
    {
        foreach (var file in HtmlFiles(fixture.Site))
        {
            var alternates = Alternates(Html.Parse(File.ReadAllText(file)));
            Assert.Contains(("application/rss+xml", "Fixture Briefing", "/news/feed.xml"), alternates);
            Assert.Contains(("application/atom+xml", "Fixture Briefing (Atom)", "/news/atom.xml"), alternates);
            Assert.Contains(("application/feed+json", "Fixture Briefing (JSON Feed)", "/news/feed.json"), alternates);
            Assert.All(alternates, a => Assert.True(fixture.Site.OutputExists(a.Href["/news/".Length..]), $"{file}: {a.Href}"));
        }
    }

    [Theory]
    [InlineData("companies/amazon/index.html", "Amazon", "/news/companies/amazon/feed.xml")]
    [InlineData("companies/zhi-yuan-ai/index.html", "智源智能", "/news/companies/zhi-yuan-ai/feed.xml")]
    [InlineData("people/jose-nunez/index.html", "José Núñez", "/news/people/jose-nunez/feed.xml")]
    [InlineData("tags/talent-war/index.html", "talent-war", "/news/tags/talent-war/feed.xml")]
    public void EntityPage_AdvertisesItsOwnFeed_UnderItsName(string path, string name, string href)
    {
        var alternates = Alternates(Page(path));

        Assert.Contains(("application/rss+xml", name, href), alternates);
        Assert.Equal(4, alternates.Length); // the site's three and its own
    }

    [Fact]
    public void Briefing_AdvertisesTheFeedsOfItsCompaniesAndPeople_UnderTheirNames()
    {
        var alternates = Alternates(Page("briefings/2025/vasi-philomin-leaves-aws/index.html")).Skip(3).ToArray();

        Assert.Equal(
            [
                ("application/rss+xml", "Amazon Web Services", "/news/companies/aws/feed.xml"),
                ("application/rss+xml", "OpenAI", "/news/companies/openai/feed.xml"),
                ("application/rss+xml", "Vasi Philomin", "/news/people/vasi-philomin/feed.xml"),
                ("application/rss+xml", "Rajesh Sheth", "/news/people/rajesh-sheth/feed.xml"),
            ],
            alternates);
    }

    [Fact]
    public void Briefing_HasOpenGraphArticleTagsWithTimes_AndATwitterCard()
    {
        var doc = Page("briefings/2025/vasi-philomin-leaves-aws/index.html");

        Assert.Equal("article", Meta(doc, "og:type"));
        Assert.Equal("AWS loses generative-AI chief Vasi Philomin", Meta(doc, "og:title"));
        Assert.Equal("Vasi Philomin has left AWS; Rajesh Sheth takes over some of his duties.", Meta(doc, "og:description"));
        Assert.Equal(Base + "briefings/2025/vasi-philomin-leaves-aws/", Meta(doc, "og:url"));
        Assert.Equal(Meta(doc, "og:url"), doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Fixture Briefing", Meta(doc, "og:site_name"));
        Assert.Equal("en", Meta(doc, "og:locale"));
        Assert.Equal("2025-06-26T09:00:00+00:00", Meta(doc, "article:published_time"));
        Assert.Equal("2025-06-27T08:30:00+02:00", Meta(doc, "article:modified_time"));
        Assert.Equal("summary_large_image", Meta(doc, "twitter:card"));
        Assert.Equal("AWS loses generative-AI chief Vasi Philomin", Meta(doc, "twitter:title"));
        Assert.Equal(Meta(doc, "og:description"), Meta(doc, "twitter:description"));
    }

    [Fact]
    public void EveryPage_HasOpenGraphAndTwitterTags_ArticleTimesOnlyOnBriefings()
    {
        foreach (var file in HtmlFiles(fixture.Site))
        {
            var doc = Html.Parse(File.ReadAllText(file));
            var isBriefing = System.Text.RegularExpressions.Regex.IsMatch(file.Replace('\\', '/'), "/briefings/\\d{4}/[a-z0-9-]*[a-z][a-z0-9-]*/index.html$"); // not the archive's pages
            foreach (var key in new[] { "og:title", "og:description", "og:type", "og:url", "og:site_name", "og:locale", "twitter:card", "twitter:title", "twitter:description" })
            {
                Assert.False(string.IsNullOrWhiteSpace(Meta(doc, key)), $"{file}: {key}");
            }

            Assert.Equal(isBriefing ? "article" : "website", Meta(doc, "og:type"));
            Assert.Equal(isBriefing, Meta(doc, "article:published_time") is not null);
            Assert.True(doc.QuerySelectorAll("script").Length <= 1, file);
        }
    }

    [Fact]
    public void BriefingJsonLd_IsANewsArticle_WithItsCompaniesAsAboutAndItsPeopleAsMentions()
    {
        var ld = JsonLd(Page("briefings/2025/vasi-philomin-leaves-aws/index.html"));
        var url = Base + "briefings/2025/vasi-philomin-leaves-aws/";

        Assert.Equal("https://schema.org", ld.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", ld.GetProperty("@type").GetString());
        Assert.Equal("AWS loses generative-AI chief Vasi Philomin", ld.GetProperty("headline").GetString());
        Assert.Equal("Vasi Philomin has left AWS; Rajesh Sheth takes over some of his duties.", ld.GetProperty("description").GetString());
        Assert.Equal("2025-06-26T09:00:00+00:00", ld.GetProperty("datePublished").GetString());
        Assert.Equal("2025-06-27T08:30:00+02:00", ld.GetProperty("dateModified").GetString());
        Assert.Equal(url, ld.GetProperty("url").GetString());
        Assert.Equal(url, ld.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        Assert.Equal([("Person", "Ana Ruiz <Desk> & Co", Base + "authors/ana-ruiz/")], ld.GetProperty("author").EnumerateArray().Select(Thing));
        Assert.Equal("Organization", ld.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Equal("Fixture Briefing", ld.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal(
            [("Organization", "Amazon Web Services", Base + "companies/aws/"), ("Organization", "OpenAI", Base + "companies/openai/")],
            ld.GetProperty("about").EnumerateArray().Select(Thing));
        Assert.Equal(
            [("Person", "Vasi Philomin", Base + "people/vasi-philomin/"), ("Person", "Rajesh Sheth", Base + "people/rajesh-sheth/")],
            ld.GetProperty("mentions").EnumerateArray().Select(Thing));
    }

    [Fact]
    public void TortureTitle_CannotBreakOutOfTheJsonLdScript_AndRoundTripsExactly()
    {
        var html = fixture.Site.ReadOutput("briefings/2025/escape-torture/index.html");
        var doc = Html.Parse(html);
        var ld = JsonLd(doc);
        var raw = doc.QuerySelector("script")!.TextContent;

        Assert.Equal(Feeds.TortureTitle, ld.GetProperty("headline").GetString());
        Assert.Equal("Summary with <b>tags</b> & \"quotes\" and </script> inside.", ld.GetProperty("description").GetString());
        Assert.Equal("José Núñez", ld.GetProperty("mentions")[0].GetProperty("name").GetString());
        Assert.Equal("智源智能", ld.GetProperty("about")[1].GetProperty("name").GetString());
        Assert.DoesNotContain("<", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("&", raw, StringComparison.Ordinal);
        Assert.Single(doc.QuerySelectorAll("script"));
        Assert.Empty(doc.QuerySelectorAll("body script"));
    }

    [Fact]
    public void CompanyJsonLd_IsAnOrganization_WithAliasesWebsiteAndParent()
    {
        var ld = JsonLd(Page("companies/aws/index.html"));

        Assert.Equal("Organization", ld.GetProperty("@type").GetString());
        Assert.Equal("Amazon Web Services", ld.GetProperty("name").GetString());
        Assert.Equal(["AWS"], ld.GetProperty("alternateName").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(Base + "companies/aws/", ld.GetProperty("url").GetString());
        Assert.Equal("https://aws.amazon.com/", ld.GetProperty("sameAs").GetString());
        Assert.Equal(("Organization", "Amazon", Base + "companies/amazon/"), Thing(ld.GetProperty("parentOrganization")));
        Assert.False(JsonLd(Page("companies/amazon/index.html")).TryGetProperty("parentOrganization", out _));
    }

    [Fact]
    public void PersonJsonLd_IsAPerson_AndHomeJsonLd_IsTheWebSite()
    {
        var person = JsonLd(Page("people/jose-nunez/index.html"));
        var site = JsonLd(Page("index.html"));

        Assert.Equal(("Person", "José Núñez", Base + "people/jose-nunez/"), Thing(person));
        Assert.Equal(["J. Núñez"], person.GetProperty("alternateName").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("WebSite", site.GetProperty("@type").GetString());
        Assert.Equal("Fixture Briefing", site.GetProperty("name").GetString());
        Assert.Equal(Base, site.GetProperty("url").GetString());
        Assert.Equal("A fixture site for tests: escaping & edge cases.", site.GetProperty("description").GetString());
        Assert.Equal("en", site.GetProperty("inLanguage").GetString());
    }

    [Fact]
    public void ScriptClosersAndCommentOpeners_InATitle_StayInsideTheJsonLd()
    {
        // Given a briefing whose title and summary try to close the script element and open an HTML comment
        const string title = "Close </SCRIPT><script>alert(1)</script> <!-- and \u2028 \\ \"";
        using var site = TestSite.Create("""
            -- content/companies/acme.yml --
            name: "Acme </script> & Co"
            -- content/briefings/2025/x.md --
            ---
            title: "Close </SCRIPT><script>alert(1)</script> <!-- and \u2028 \\ \""
            date: 2025-06-26
            summary: "</script><!--"
            companies: [acme]
            ---
            Body.
            """);
        Assert.Equal(0, site.Build().ExitCode);

        // When the briefing and company pages are parsed as a browser would
        var article = Html.Load(site, "briefings/2025/x/index.html");
        var company = Html.Load(site, "companies/acme/index.html");

        // Then each has exactly one script, its text parses as JSON, and every value comes back exactly
        var ld = JsonLd(article);
        Assert.Equal(title, ld.GetProperty("headline").GetString());
        Assert.Equal("</script><!--", ld.GetProperty("description").GetString());
        Assert.Equal("Acme </script> & Co", ld.GetProperty("about")[0].GetProperty("name").GetString());
        Assert.Equal("Acme </script> & Co", JsonLd(company).GetProperty("name").GetString());
        Assert.Equal(title, Feeds.Syndication(site, "feed.xml").Items.Single().Title.Text);
    }

    private static (string?, string?, string?) Thing(JsonElement e) =>
        (e.GetProperty("@type").GetString(), e.GetProperty("name").GetString(), e.GetProperty("url").GetString());
}

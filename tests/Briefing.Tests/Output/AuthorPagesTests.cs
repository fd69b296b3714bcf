using System.Text.Json;
using System.Xml.Linq;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>Bylines on briefings and cards, the author pages and index, and the authors in feeds and JSON-LD.</summary>
public sealed class AuthorPagesTests
{
    private const string Site = """
        -- content/site.yml --
        title: Desk
        base_url: https://example.org/news/
        description: D
        language: en
        author: The desk
        per_page: 2
        default_authors: [ana-ruiz]
        -- content/authors/ana-ruiz.yml --
        name: Ana Ruiz
        role: Editor
        bio: "Edits the **desk**. [Her site](https://ana.example.com/) and [a trap](javascript:alert(1))."
        email: ana@example.org
        links:
          - name: Mastodon
            url: https://mastodon.example/@ana
        -- content/authors/tom-lee.yml --
        name: Tom Lee
        -- content/authors/mei-chen.yml --
        name: "Mei & Chen"
        -- content/briefings/2025/one.md --
        ---
        title: "One"
        date: 2025-06-01
        summary: "First."
        ---
        Body one.
        -- content/briefings/2025/two.md --
        ---
        title: "Two"
        date: 2025-06-02
        summary: "Second."
        authors: [tom-lee, ana-ruiz]
        ---
        Body two.
        -- content/briefings/2025/three.md --
        ---
        title: "Three"
        date: 2025-06-03
        summary: "Third."
        authors: [mei-chen, tom-lee, ana-ruiz]
        ---
        Body three.
        """;

    private static TestSite Built()
    {
        var site = TestSite.Create(Site);
        var run = site.Build("--no-search");
        Assert.True(run.ExitCode == 0, run.Stderr);
        return site;
    }

    private static string Byline(TestSite site, string page, string selector = "main .author-byline") =>
        Html.Load(site, page).QuerySelector(selector)!.TextContent;

    [Fact]
    public void Bylines_ReadAsEnglish_AndLinkEachAuthorsPage()
    {
        // Given briefings with one (by default), two and three authors
        using var site = Built();

        // Then each briefing's byline joins the names as English, in front-matter order
        Assert.Equal("By Ana Ruiz", Byline(site, "briefings/2025/one/index.html"));
        Assert.Equal("By Tom Lee and Ana Ruiz", Byline(site, "briefings/2025/two/index.html"));
        Assert.Equal("By Mei & Chen, Tom Lee and Ana Ruiz", Byline(site, "briefings/2025/three/index.html"));

        // And each name links to its page with rel=author
        var links = Html.Load(site, "briefings/2025/three/index.html").QuerySelectorAll("main .author-byline a");
        Assert.Equal(["/news/authors/mei-chen/", "/news/authors/tom-lee/", "/news/authors/ana-ruiz/"], links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Equal("author", a.GetAttribute("rel")));
        Assert.Equal("Mei & Chen, Tom Lee and Ana Ruiz",
            Html.Load(site, "briefings/2025/three/index.html").QuerySelector("meta[name=author]")!.GetAttribute("content"));
    }

    [Fact]
    public void Cards_CarryTheByline()
    {
        using var site = Built();

        var home = Html.Load(site, "index.html");

        Assert.Equal(["By Mei & Chen, Tom Lee and Ana Ruiz", "By Tom Lee and Ana Ruiz"],
            home.QuerySelectorAll(".card .author-byline").Select(p => p.TextContent));
    }

    [Fact]
    public void AuthorPage_ShowsRoleBioLinksAndAddress_AndTheirBriefingsPaginated()
    {
        using var site = Built();

        // When Ana's page is read (three briefings, two per page)
        var page = Html.Load(site, "authors/ana-ruiz/index.html");

        // Then it has her name, role, bio as Markdown (the unsafe link dropped), profiles and a mailto link
        Assert.Equal("Ana Ruiz", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Editor", page.QuerySelector(".author-role")!.TextContent);
        Assert.Equal("desk", page.QuerySelector(".author-bio strong")!.TextContent);
        Assert.Equal(["https://ana.example.com/"], page.QuerySelectorAll(".author-bio a").Select(a => a.GetAttribute("href")));
        Assert.Contains("a trap", page.QuerySelector(".author-bio")!.TextContent, StringComparison.Ordinal);
        var links = page.QuerySelectorAll(".author-links a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToArray();
        Assert.Contains(("Mastodon", "https://mastodon.example/@ana"), links);
        Assert.Contains(("ana@example.org", "mailto:ana@example.org"), links);
        Assert.Contains(("RSS feed", "/news/authors/ana-ruiz/feed.xml"), links);
        Assert.Equal(["Three", "Two"], page.QuerySelectorAll(".card-title").Select(h => h.TextContent));
        Assert.Equal(["One"], Html.Load(site, "authors/ana-ruiz/page/2/index.html").QuerySelectorAll(".card-title").Select(h => h.TextContent));

        // And its head advertises the author's feed, with a ProfilePage for a Person
        Assert.NotNull(page.QuerySelector("link[rel=alternate][href='/news/authors/ana-ruiz/feed.xml']"));
        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = jsonLd.RootElement;
        Assert.Equal("ProfilePage", root.GetProperty("@type").GetString());
        var person = root.GetProperty("mainEntity");
        Assert.Equal("Person", person.GetProperty("@type").GetString());
        Assert.Equal("Ana Ruiz", person.GetProperty("name").GetString());
        Assert.Equal("Editor", person.GetProperty("jobTitle").GetString());
        Assert.Equal("https://example.org/news/authors/ana-ruiz/", person.GetProperty("url").GetString());
        Assert.Equal(["https://mastodon.example/@ana"], person.GetProperty("sameAs").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void AuthorsIndex_ListsEveryAuthorAToZ_WithCountsAndRoles()
    {
        using var site = Built();

        var index = Html.Load(site, "authors/index.html");

        Assert.Equal(["Ana Ruiz", "Mei & Chen", "Tom Lee"], index.QuerySelectorAll(".index-list li > a").Select(a => a.TextContent));
        Assert.Equal(["3 briefings", "1 briefing", "2 briefings"], index.QuerySelectorAll(".index-list .count").Select(c => c.TextContent));
        Assert.Equal("Editor", index.QuerySelector(".index-list .note")!.TextContent);
        Assert.NotNull(Html.Load(site, "index.html").QuerySelector("footer a[href='/news/authors/']"));
    }

    [Fact]
    public void NewsArticleJsonLd_NamesTheAuthorsAsPeople_AndKeepsTheSiteAsPublisher()
    {
        using var site = Built();

        var script = Html.Load(site, "briefings/2025/two/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = JsonDocument.Parse(script);

        var authors = json.RootElement.GetProperty("author").EnumerateArray().ToArray();
        Assert.Equal(["Person", "Person"], authors.Select(a => a.GetProperty("@type").GetString()));
        Assert.Equal(["Tom Lee", "Ana Ruiz"], authors.Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(["https://example.org/news/authors/tom-lee/", "https://example.org/news/authors/ana-ruiz/"],
            authors.Select(a => a.GetProperty("url").GetString()));
        Assert.Equal("Organization", json.RootElement.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Equal("Desk", json.RootElement.GetProperty("publisher").GetProperty("name").GetString());
    }

    [Fact]
    public void RssItems_CarryADcCreatorPerAuthor()
    {
        using var site = Built();

        // Read by System.ServiceModel.Syndication (strict), and as XML for the Dublin Core elements
        var feed = Feeds.Syndication(site, "feed.xml");
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        var items = Feeds.Xml(site, "feed.xml").Descendants("item").ToArray();

        Assert.Equal(3, feed.Items.Count());
        Assert.Equal(["Mei & Chen", "Tom Lee", "Ana Ruiz"], items[0].Elements(dc + "creator").Select(e => e.Value));
        Assert.Equal(["Ana Ruiz"], items[2].Elements(dc + "creator").Select(e => e.Value));
        Assert.Equal(feed.Items.Select(i => i.ElementExtensions.ReadElementExtensions<string>("creator", dc.NamespaceName).Count), [3, 2, 1]);
    }

    [Fact]
    public void AtomEntries_HaveAnAuthorPerByline_WithTheirPage()
    {
        using var site = Built();

        var feed = Feeds.Syndication(site, "atom.xml");
        var two = feed.Items.Single(i => i.Title.Text == "Two");

        Assert.Equal(["Tom Lee", "Ana Ruiz"], two.Authors.Select(a => a.Name));
        Assert.Equal(["https://example.org/news/authors/tom-lee/", "https://example.org/news/authors/ana-ruiz/"], two.Authors.Select(a => a.Uri));
        Assert.Equal(["The desk"], feed.Authors.Select(a => a.Name));
    }

    [Fact]
    public void JsonFeedItems_ListTheirAuthors()
    {
        using var site = Built();

        using var json = Feeds.Json(site, "feed.json");
        var three = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Three");

        Assert.Equal(["Mei & Chen", "Tom Lee", "Ana Ruiz"], three.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal("https://example.org/news/authors/mei-chen/", three.GetProperty("authors")[0].GetProperty("url").GetString());
    }

    [Fact]
    public void EachAuthor_HasAnRssFeed_ListedOnTheFeedsPageAndInTheOpml()
    {
        using var site = Built();

        // The author's feed holds their briefings, newest first, and links back to their page
        var feed = Feeds.Syndication(site, "authors/tom-lee/feed.xml");
        Assert.Equal(["Three", "Two"], feed.Items.Select(i => i.Title.Text));
        Assert.Equal("https://example.org/news/authors/tom-lee/", feed.Links.First(l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
        Assert.Equal("Tom Lee – Desk", feed.Title.Text);

        // The feeds page has an Authors group, and both OPML lists have the author feeds
        var feedsPage = Html.Load(site, "feeds/index.html");
        Assert.NotNull(feedsPage.QuerySelector("#feeds-authors"));
        Assert.Contains("https://example.org/news/authors/tom-lee/feed.xml", feedsPage.QuerySelector("#feeds-authors")!.InnerHtml, StringComparison.Ordinal);
        foreach (var opml in new[] { "feeds.opml", "authors/feeds.opml" })
        {
            var urls = Feeds.Xml(site, opml).Descendants("outline").Select(o => (string?)o.Attribute("xmlUrl")).ToArray();
            Assert.Contains("https://example.org/news/authors/ana-ruiz/feed.xml", urls);
            Assert.Contains("https://example.org/news/authors/mei-chen/feed.xml", urls);
        }
    }

    [Fact]
    public void ASiteWithoutAuthors_HasNoAuthorPagesOrLinks_AndBriefingsKeepTheSiteAsAuthor()
    {
        // Given a site with no content/authors/
        using var site = TestSite.Create("""
            -- content/briefings/2025/one.md --
            ---
            title: "One"
            date: 2025-06-01
            summary: "First."
            ---
            """);
        Assert.Equal(0, site.Build("--no-search").ExitCode);

        // Then there is no /authors/, no byline, and JSON-LD and feeds name the site
        Assert.False(Directory.Exists(Path.Combine(site.Output, "authors")));
        var page = Html.Load(site, "briefings/2025/one/index.html");
        Assert.Null(page.QuerySelector(".author-byline"));
        Assert.Null(page.QuerySelector("a[href='/authors/']"));
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Organization", json.RootElement.GetProperty("author").GetProperty("@type").GetString());
        Assert.DoesNotContain("dc:creator", site.ReadOutput("feed.xml"), StringComparison.Ordinal);
    }
}

using System.Text.Json;
using System.Xml.Linq;
using Briefing.Model;
using Briefing.Tests.Content;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>Standalone pages (<c>content/pages/</c>) and the menus: what a reader, a search engine and Pagefind see.</summary>
public sealed class StandalonePageTests
{
    private const string Pages = """
        -- content/site.yml --
        title: Test Briefing
        base_url: https://example.org/sub/
        description: A test site.
        language: en
        menus:
          - menu: footer
            name: Newsletter
            url: https://newsletter.example.org/
          - menu: main
            name: Hires
            url: /moves/hires/
            weight: 3
        -- content/briefings/2025/x.md --
        ---
        title: "A briefing"
        date: 2025-06-26
        summary: "S"
        ---
        Body.
        -- content/pages/about.md --
        ---
        title: "About Test Briefing"
        menu_title: About
        summary: "Who we are & how we report."
        menu: [main, footer]
        weight: 1
        updated: 2025-06-20
        ---
        We cover <b>talent</b>. See [the moves](/moves/).
        -- content/pages/contact.md --
        ---
        title: "Contact"
        summary: "How to reach the desk."
        type: contact
        menu: footer
        weight: 2
        ---
        Write to <tips@example.org>.
        -- content/pages/ethics.md --
        ---
        title: "Ethics"
        summary: "Our standards."
        menu: [main]
        ---
        Plain.
        -- content/pages/beta.md --
        ---
        title: "Beta"
        summary: "Unweighted, after Ethics? No: B before E."
        menu: main
        ---
        -- content/pages/secret.md --
        ---
        title: "Secret"
        summary: "Not yet."
        menu: [main]
        draft: true
        ---
        """;

    [Fact]
    public void Page_IsPublishedAtItsSlug_WithTheSiteHead_AndItsBodyRenderedSafely()
    {
        // Given a site under /sub/ with an About page
        using var site = TestSite.Create(Pages);

        // When it is built
        site.BuildSucceeding();

        // Then /about/ has its title, summary, canonical URL and social card, and its body with raw HTML escaped and links under /sub/
        var page = Html.Load(site, "about/index.html");
        Assert.Equal("About Test Briefing – Test Briefing", page.Title);
        Assert.Equal("https://example.org/sub/about/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("About Test Briefing", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("website", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("Who we are & how we report.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("About Test Briefing", page.QuerySelector("main h1")!.TextContent);
        Assert.Null(page.QuerySelector("main b"));
        Assert.Contains("<b>talent</b>", page.QuerySelector("main .prose")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/sub/moves/", page.QuerySelector("main .prose a")!.GetAttribute("href"));
        Assert.Equal("2025-06-20", page.QuerySelector("main time")!.GetAttribute("datetime"));
        Assert.Null(page.QuerySelector("meta[name=robots]"));
    }

    [Theory]
    [InlineData("about", "AboutPage")]
    [InlineData("contact", "ContactPage")]
    [InlineData("ethics", "WebPage")]
    public void Page_HasJsonLd_OfItsType(string slug, string type)
    {
        // Given the pages (about by its slug, contact by its 'type', ethics a plain page)
        using var site = TestSite.Create(Pages);

        // When it is built
        site.BuildSucceeding();

        // Then each page's JSON-LD names its schema.org type, URL and the site it is part of
        var script = Html.Load(site, $"{slug}/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        var json = JsonDocument.Parse(script).RootElement;
        Assert.Equal(type, json.GetProperty("@type").GetString());
        Assert.Equal($"https://example.org/sub/{slug}/", json.GetProperty("url").GetString());
        Assert.Equal("https://example.org/sub/", json.GetProperty("isPartOf").GetProperty("url").GetString());
        Assert.Equal(slug == "about", json.TryGetProperty("dateModified", out _));
    }

    [Fact]
    public void Pages_AreInTheSitemap_WithTheirUpdatedDate_AndInTheSearchIndexBody()
    {
        // Given the pages
        using var site = TestSite.Create(Pages);

        // When it is built
        site.BuildSucceeding();

        // Then the sitemap lists each published page (lastmod from 'updated'), not the draft
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(site.ReadOutput("sitemap.xml")).Descendants(ns + "url")
            .ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        Assert.Equal("2025-06-20T00:00:00+00:00", urls["https://example.org/sub/about/"]);
        Assert.Null(urls["https://example.org/sub/contact/"]);
        Assert.DoesNotContain("https://example.org/sub/secret/", urls.Keys);

        // And Pagefind indexes the page's article, as it does a briefing's
        Assert.NotNull(Html.Load(site, "contact/index.html").QuerySelector("main article[data-pagefind-body]"));
    }

    [Fact]
    public void Menus_ListPagesAndSiteLinks_ByWeightThenName_OnEveryPage()
    {
        // Given pages in the main and footer menus, and site.yml links
        using var site = TestSite.Create(Pages);

        // When it is built
        site.BuildSucceeding();

        // Then every page's header lists the built-in sections, then the main menu (weighted first, then by name; no draft)
        foreach (var file in new[] { "index.html", "briefings/2025/x/index.html", "about/index.html", "404.html" })
        {
            var document = Html.Load(site, file);
            var main = document.QuerySelectorAll(".site-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToArray();
            Assert.Equal(
                [("Briefings", "/sub/"), ("Companies", "/sub/companies/"), ("People", "/sub/people/"), ("Moves", "/sub/moves/"), ("Tags", "/sub/tags/"),
                    ("About", "/sub/about/"), ("Hires", "/sub/moves/hires/"), ("Beta", "/sub/beta/"), ("Ethics", "/sub/ethics/"), ("RSS", "/sub/feed.xml")],
                main);

            // And the footer menu, external links marked as such
            var footer = document.QuerySelectorAll("nav.footer-menu a").Select(a => (a.TextContent, a.GetAttribute("href"), a.GetAttribute("rel"))).ToArray();
            Assert.Equal([("About", "/sub/about/", null), ("Contact", "/sub/contact/", null), ("Newsletter", "https://newsletter.example.org/", "external")], footer);
        }
    }

    [Fact]
    public void CurrentPage_IsMarkedInEveryMenuThatLinksIt_AndNowhereElse()
    {
        // Given the pages
        using var site = TestSite.Create(Pages);

        // When it is built
        site.BuildSucceeding();

        // Then on /about/ its header and footer links carry aria-current, and nothing else does
        var about = Html.Load(site, "about/index.html");
        Assert.Equal(["/sub/about/", "/sub/about/"], about.QuerySelectorAll("[aria-current]").Select(a => a.GetAttribute("href") ?? "").ToArray());
        Assert.Equal("page", about.QuerySelector(".site-nav a[href='/sub/about/']")!.GetAttribute("aria-current"));

        // And a site.yml link to a generated page marks that page in the header; a briefing marks nothing
        Assert.Equal(["/sub/moves/hires/"], Html.Load(site, "moves/hires/index.html").QuerySelectorAll(".site-nav [aria-current]").Select(a => a.GetAttribute("href") ?? "").ToArray());
        Assert.Empty(Html.Load(site, "briefings/2025/x/index.html").QuerySelectorAll("[aria-current]"));
    }

    [Fact]
    public void DraftPage_IsLeftOut_UnlessDraftsAreIncluded_ThenMarkedAndNotIndexed()
    {
        // Given a draft page in the main menu
        using var site = TestSite.Create(Pages);

        // When it is built without drafts, then with them
        site.BuildSucceeding();
        var without = (site.OutputExists("secret/index.html"), site.ReadOutput("index.html").Contains("/sub/secret/", StringComparison.Ordinal));
        Assert.Equal(0, site.Build("--drafts").ExitCode);

        // Then it is neither published nor in a menu without drafts; with them it is, marked as a draft and noindex
        Assert.Equal((false, false), without);
        var secret = Html.Load(site, "secret/index.html");
        Assert.NotNull(secret.QuerySelector(".draft-note"));
        Assert.Equal("noindex", secret.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.NotNull(Html.Load(site, "index.html").QuerySelector(".site-nav a[href='/sub/secret/']"));
    }

    [Fact]
    public void SiteWithoutPagesOrMenus_HasNoFooterMenu_AndTheHeaderItAlwaysHad()
    {
        // Given a site with no pages and no menus
        using var site = TestSite.Create("""
            -- content/briefings/2025/x.md --
            ---
            title: "A briefing"
            date: 2025-06-26
            summary: "S"
            ---
            """);

        // When it is built
        site.BuildSucceeding();

        // Then the header has only the built-in sections, and the footer no menu of pages
        var home = Html.Load(site, "index.html");
        Assert.Equal(["Briefings", "Companies", "People", "Moves", "Tags", "RSS"], home.QuerySelectorAll(".site-nav a").Select(a => a.TextContent).ToArray());
        Assert.Null(home.QuerySelector("nav.footer-menu"));
    }

    [Fact]
    public void ThemeWithoutAPageLayout_IsAnError_OnlyWhenTheSiteHasPages()
    {
        // Given the pages and a theme without layouts/page.html
        using var site = TestSite.Create(Pages);
        File.Delete(Path.Combine(site.Root, "themes/briefing/layouts/page.html"));

        // When it is built
        var run = site.BuildFailing();

        // Then the missing layout is named; without pages the same theme builds
        run.AssertPrinted("themes/briefing/layouts/page.html:1:1: error BRF028: the theme has no layout 'page.html', which the pages in content/pages/ need");
        Directory.Delete(Path.Combine(site.Root, "content/pages"), recursive: true);
        Assert.True(site.Build().ExitCode == 0);
    }

    [Fact]
    public void EveryTopLevelEntryTheBuildWrites_IsAReservedSegment_OrAPage()
    {
        // Given the fixture site (every kind of output, one page)
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);

        // When it is built
        Assert.Equal(0, site.Build().ExitCode);

        // Then no page slug could take any top-level file or folder the build writes
        var entries = Directory.EnumerateFileSystemEntries(site.Output).Select(Path.GetFileName).ToArray();
        Assert.Contains("about", entries);
        Assert.All(entries.Where(e => e != "about"), e => Assert.True(Routes.ReservedSegments.Contains(e!), $"{e} is written by the build but a page could take it"));
    }
}

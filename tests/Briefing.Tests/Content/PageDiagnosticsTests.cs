using Briefing.Content;
using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>Standalone pages and menus that cannot be published as written: each reported at its line with its code.</summary>
public sealed class PageDiagnosticsTests
{
    /// <summary>A briefing that names every company and person of the shared registry, so the small sites trip no other warning.</summary>
    private const string Briefing = """
        -- content/briefings/2025/x.md --
        ---
        title: "A"
        date: 2025-06-26
        summary: "S"
        companies: [amazon, aws, meta, openai]
        people: [vasi-philomin, andy-jassy]
        sources:
          - name: Reuters
            url: https://www.reuters.com/
        ---
        Amazon Web Services, Meta Platforms, OpenAI, Vasi Philomin, Andy Jassy.
        """;

    private static TestSite Site(string files) => BrokenSite.With(Briefing + "\n" + files);

    [Fact]
    public void PageSlugFromItsFileName_ThatAGeneratedRouteUses_IsReportedAtTheFile()
    {
        // Given a page whose file name is the slug of the companies index
        using var site = Site("""
            -- content/pages/companies.md --
            ---
            title: "Our companies"
            summary: "S"
            ---
            """);

        // When it is built
        var run = site.BuildFailing();

        // Then the slug is refused at the file, and the fix named
        run.AssertPrinted("content/pages/companies.md:1:1: error BRF041: a page cannot be published at /companies/: the site generates that route itself; rename the file or set another 'slug'");
    }

    [Theory]
    [InlineData("feeds")]
    [InlineData("pagefind")]
    [InlineData("authors")]
    [InlineData("corrections")]
    [InlineData("page")]
    [InlineData("404")]
    public void PageSlugSetInFrontMatter_ThatAGeneratedRouteUses_IsReportedAtItsLine(string slug)
    {
        // Given a page whose 'slug' (line 3) takes a generated route
        using var site = Site($$"""
            -- content/pages/ours.md --
            ---
            title: "Ours"
            slug: {{slug}}
            summary: "S"
            ---
            """);

        // When it is built
        var run = site.BuildFailing();

        // Then the slug is refused at its value
        run.AssertPrinted($"content/pages/ours.md:3:7: error BRF041: a page cannot be published at /{slug}/: the site generates that route itself; choose another 'slug'");
    }

    [Fact]
    public void UnknownMenuName_OnAPage_IsReportedAtItsLine_WithSuggestion()
    {
        // Given a page in the menus "mian" and "sidebar"
        using var site = Site("""
            -- content/pages/about.md --
            ---
            title: "About"
            summary: "S"
            menu: [mian, footer, sidebar]
            ---
            """);

        // When it is built
        var run = site.BuildFailing();

        // Then each unknown name is reported where it is written
        run.AssertPrinted("content/pages/about.md:4:8: error BRF042: unknown menu 'mian' (the menus are main and footer; did you mean 'main'?)");
        run.AssertPrinted("content/pages/about.md:4:22: error BRF042: unknown menu 'sidebar' (the menus are main and footer)");
    }

    [Fact]
    public void UnknownMenuName_InSiteYml_IsReportedAtItsLine()
    {
        // Given site.yml with an external link in the menu "header"
        using var site = Site($$"""
            -- content/site.yml --
            {{TestSite.SiteYml}}
            menus:
              - menu: header
                name: Newsletter
                url: https://newsletter.example.org/
            """);

        // When it is built
        var run = site.BuildFailing();

        // Then the menu name is reported at its value
        run.AssertPrinted("content/site.yml:6:11: error BRF042: unknown menu 'header' (the menus are main and footer)");
    }

    [Fact]
    public void UnknownPageType_IsReportedAtItsLine_WithSuggestion()
    {
        // Given a page of type "contcat"
        using var site = Site("""
            -- content/pages/reach-us.md --
            ---
            title: "Reach us"
            summary: "S"
            type: contcat
            ---
            """);

        // When it is built
        var run = site.BuildFailing();

        // Then the type is reported with the nearest one
        run.AssertPrinted("content/pages/reach-us.md:4:7: error BRF043: unknown page type 'contcat' (use page, about or contact; did you mean 'contact'?)");
    }

    [Fact]
    public void MenuLinkInSiteYml_ToASitePathWhereNothingIsPublished_IsAWarning_WithTheNearestPage()
    {
        // Given an About page and a site.yml footer link to "/abuot/" (a typo), and one to "/moves/" (a generated section)
        using var site = Site($$"""
            -- content/pages/about.md --
            ---
            title: "About"
            summary: "S"
            ---
            -- content/site.yml --
            {{TestSite.SiteYml}}
            menus:
              - menu: footer
                name: About us
                url: /abuot/
              - menu: footer
                name: Moves
                url: /moves/
            """);

        // When it is built
        var run = site.BuildSucceeding();

        // Then the typo is a warning with the page it likely meant, and the section link is fine
        Assert.Equal(
            ["content/site.yml:8:10: warning BRF044: menu link '/abuot/' leads to no page this site publishes (did you mean '/about/'?)"],
            run.LinesBesidesMissingSourcesAndUnusedEntries());
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("about/")]
    [InlineData("//evil.example/")]
    [InlineData("ftp://example.org/")]
    public void MenuLinkInSiteYml_ThatIsNeitherHttpNorASitePath_IsReportedAtItsLine(string url)
    {
        // Given a site.yml menu link that is not http(s) and not a path from the site's root
        using var site = Site($$"""
            -- content/site.yml --
            {{TestSite.SiteYml}}
            menus:
              - menu: main
                name: Elsewhere
                url: "{{url}}"
            """);

        // When it is built
        var run = site.BuildFailing();

        // Then the URL is refused at its value
        run.AssertPrinted($"content/site.yml:8:10: error BRF018: a menu's 'url' must be an absolute http(s) URL or a path of this site starting with '/', not '{url}'");
    }

    [Fact]
    public void TwoPages_WithTheSameSlug_AreAUrlCollision()
    {
        // Given two pages that both ask for /about/
        using var site = Site("""
            -- content/pages/about.md --
            ---
            title: "About"
            summary: "S"
            ---
            -- content/pages/about-us.md --
            ---
            title: "About us"
            slug: about
            summary: "S"
            ---
            """);

        // When it is built
        var run = site.BuildFailing();

        // Then the second in file order (about-us.md sorts first) is reported at its slug
        run.AssertPrinted("content/pages/about.md:1:1: error BRF012: this page and content/pages/about-us.md would both be published at /about/; give one of them another 'slug'");
    }

    [Fact]
    public void PageWithoutFrontMatter_AndUnknownKey_AreReportedLikeBriefings()
    {
        // Given a page with no front matter and one with a misspelt key
        using var site = Site("""
            -- content/pages/bare.md --
            Just text.
            -- content/pages/typo.md --
            ---
            title: "Typo"
            summary: "S"
            menus: [main]
            ---
            """);

        // When it is built
        var run = site.BuildFailing();

        // Then both are reported where they are
        run.AssertPrinted("content/pages/bare.md:1:1: error BRF002: a page must start with a '---' line, then its front matter, then another '---' line");
        run.AssertPrinted("content/pages/typo.md:4:1: error BRF005: unknown key 'menus' (did you mean 'menu'?)");
    }

    [Fact]
    public void PlaceholderSummary_IsAnErrorInAPublishedPage_AndAWarningInADraft()
    {
        // Given the scaffold summary in a published page and in a draft
        using var site = Site($$"""
            -- content/pages/about.md --
            ---
            title: "About"
            summary: "{{Placeholders.Summary}}"
            ---
            -- content/pages/contact.md --
            ---
            title: "Contact"
            summary: "{{Placeholders.Summary}}"
            draft: true
            ---
            """);

        // When it is built
        var run = site.BuildFailing();

        // Then the published page cannot go out with it, the draft is warned
        run.AssertPrinted("content/pages/about.md:3:10: error BRF034: the summary is still the placeholder that 'briefing new' wrote; replace it with one or two sentences (a page that is not a draft cannot be published with it)");
        run.AssertPrinted("content/pages/contact.md:3:10: warning BRF034: the summary is still the placeholder that 'briefing new' wrote; replace it with one or two sentences before you publish");
    }

    [Fact]
    public void UnsafeLinkInAPageBody_IsWarnedAtItsPosition_AndNotPublished()
    {
        // Given a page whose body links to javascript: on line 6
        using var site = Site("""
            -- content/pages/about.md --
            ---
            title: "About"
            summary: "S"
            ---
            Read
            our [policy](javascript:alert(1)).
            """);

        // When it is built
        var run = site.BuildSucceeding();

        // Then the link is warned about where it starts, and the page shows its text only
        run.AssertPrinted("content/pages/about.md:6:5: warning BRF039: this link's 'javascript:' URL is not published (links and images may use http, https, mailto, a relative path or a #fragment); readers see its text without the link");
        Assert.DoesNotContain("javascript:", site.ReadOutput("about/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void FileInAPagesSubfolder_OrNotMarkdown_IsAWarning_AndNotPublished()
    {
        // Given a page in a subfolder and a text file among the pages
        using var site = Site("""
            -- content/pages/team/about.md --
            ---
            title: "About"
            summary: "S"
            ---
            -- content/pages/notes.txt --
            notes
            """);

        // When it is built
        var run = site.BuildSucceeding();

        // Then both are warned about, and neither is published
        run.AssertPrinted("content/pages/notes.txt:1:1: warning BRF026: pages live in content/pages/<slug>.md (no subfolders); this file is not published");
        run.AssertPrinted("content/pages/team/about.md:1:1: warning BRF026: pages live in content/pages/<slug>.md (no subfolders); this file is not published");
        Assert.False(site.OutputExists("about/index.html"));
    }
}

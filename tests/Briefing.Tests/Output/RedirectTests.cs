using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>Aliases become Netlify's <c>_redirects</c> and a small redirect page at each old URL.</summary>
public sealed class RedirectTests
{
    private const string Site = """
        -- content/site.yml --
        title: Sub Briefing
        base_url: https://example.org/news/
        description: A site under a sub-path.
        language: en-GB
        -- content/briefings/2025/new-slug.md --
        ---
        title: "Vasi <Philomin> leaves AWS"
        date: 2025-06-26
        summary: "S"
        companies: [aws]
        tags: [talent-war]
        aliases: [/briefings/2025/old-slug/, 2019/05/vasi.html]
        ---
        Body.
        -- content/companies/aws.yml --
        name: Amazon Web Services
        aliases: [AWS, /companies/amazon-web-services]
        -- content/tags.yml --
        talent-war:
          name: Talent war
          aliases: [/tags/poaching/]
        """;

    [Fact]
    public void Redirects_AreSortedWithTheBasePath_AndForced()
    {
        // Given a site under /news/ with aliases on a briefing, a company and a tag
        using var site = TestSite.Create(Site);

        // When it is built
        Assert.Equal(0, site.Build().ExitCode);

        // Then _redirects holds one forced 301 per alias (a page exists at each old URL), sorted by old URL
        Assert.Equal("""
            # Written by 'briefing build' from the 'aliases' in content/: edit those, not this file.
            /news/2019/05/vasi.html /news/briefings/2025/new-slug/ 301!
            /news/briefings/2025/old-slug/ /news/briefings/2025/new-slug/ 301!
            /news/companies/amazon-web-services/ /news/companies/aws/ 301!
            /news/tags/poaching/ /news/tags/talent-war/ 301!

            """, site.ReadOutput("_redirects"));
    }

    [Theory]
    [InlineData("briefings/2025/old-slug/index.html", "briefings/2025/new-slug/", "Vasi <Philomin> leaves AWS")]
    [InlineData("2019/05/vasi.html", "briefings/2025/new-slug/", "Vasi <Philomin> leaves AWS")]
    [InlineData("companies/amazon-web-services/index.html", "companies/aws/", "Amazon Web Services")]
    [InlineData("tags/poaching/index.html", "tags/talent-war/", "Talent war")]
    public void EachOldUrl_HasAPageThatRedirectsWithoutJavaScript(string file, string target, string title)
    {
        // Given the same site, built
        using var site = TestSite.Create(Site);
        Assert.Equal(0, site.Build().ExitCode);

        // When the page at the old URL is parsed
        var page = Html.Load(site, file);

        // Then it refreshes to the new URL at once, names it canonical, stays out of indexes, and links to it
        var absolute = "https://example.org/news/" + target;
        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("0; url=" + absolute, page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal(absolute, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var link = page.QuerySelector("main a")!;
        Assert.Equal("/news/" + target, link.GetAttribute("href"));
        Assert.Equal(title, link.TextContent);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.DoesNotContain("poaching", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }

    /// <summary>A standalone page and an author with old URLs; the author's second alias lacks its slashes (normalized, not a name).</summary>
    private const string PageAndAuthorSite = """
        -- content/site.yml --
        title: Sub Briefing
        base_url: https://example.org/news/
        description: A site under a sub-path.
        language: en-GB
        -- content/briefings/2025/new-slug.md --
        ---
        title: "Vasi Philomin leaves AWS"
        date: 2025-06-26
        summary: "S"
        authors: [ana-ruiz]
        ---
        Body.
        -- content/pages/about.md --
        ---
        title: "About <the desk>"
        summary: "Who we are."
        aliases: [/about-us/, /info.html]
        ---
        We write briefings.
        -- content/authors/ana-ruiz.yml --
        name: Ana Ruiz
        aliases: [/authors/ana/, staff/ana-ruiz]
        """;

    [Fact]
    public void PageAndAuthorAliases_AreRedirects_Too()
    {
        // Given a site under /news/ whose standalone page and author list old URLs
        using var site = TestSite.Create(PageAndAuthorSite);

        // When it is built
        Assert.Equal(0, site.Build().ExitCode);

        // Then _redirects sends each old URL to the page's or the author's URL
        Assert.Equal("""
            # Written by 'briefing build' from the 'aliases' in content/: edit those, not this file.
            /news/about-us/ /news/about/ 301!
            /news/authors/ana/ /news/authors/ana-ruiz/ 301!
            /news/info.html /news/about/ 301!
            /news/staff/ana-ruiz/ /news/authors/ana-ruiz/ 301!

            """, site.ReadOutput("_redirects"));
    }

    [Theory]
    [InlineData("about-us/index.html", "about/", "About <the desk>")]
    [InlineData("info.html", "about/", "About <the desk>")]
    [InlineData("authors/ana/index.html", "authors/ana-ruiz/", "Ana Ruiz")]
    [InlineData("staff/ana-ruiz/index.html", "authors/ana-ruiz/", "Ana Ruiz")]
    public void EachOldUrlOfAPageOrAuthor_HasAPageThatRedirects(string file, string target, string title)
    {
        // Given the page-and-author site, built
        using var site = TestSite.Create(PageAndAuthorSite);
        Assert.Equal(0, site.Build().ExitCode);

        // When the page at the old URL is parsed
        var page = Html.Load(site, file);

        // Then it refreshes to the page's or author's URL, names it canonical, and links to it by title or name
        var absolute = "https://example.org/news/" + target;
        Assert.Equal("0; url=" + absolute, page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal(absolute, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var link = page.QuerySelector("main a")!;
        Assert.Equal("/news/" + target, link.GetAttribute("href"));
        Assert.Equal(title, link.TextContent);
    }

    [Fact]
    public void ASiteWithoutAliases_WritesNoRedirects()
    {
        // Given a site without aliases
        using var site = TestSite.Create(Site.Replace("aliases: [/briefings/2025/old-slug/, 2019/05/vasi.html]\n", string.Empty, StringComparison.Ordinal)
            .Replace(", /companies/amazon-web-services", string.Empty, StringComparison.Ordinal).Replace("  aliases: [/tags/poaching/]", string.Empty, StringComparison.Ordinal));

        // When it is built
        Assert.Equal(0, site.Build().ExitCode);

        // Then there is no _redirects
        Assert.False(site.OutputExists("_redirects"));
    }
}

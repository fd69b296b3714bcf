using AngleSharp.Dom;
using Briefing.Tests.Support;

namespace Briefing.Tests.Search;

/// <summary>The search page, the header's search form, what Pagefind indexes, and the social card of every page.</summary>
public sealed class SearchPageTests(BuiltFixture fixture) : IClassFixture<BuiltFixture>
{
    private const string Base = "https://example.org/news/";

    private static readonly string[] ListPages =
    [
        "index.html", "companies/index.html", "companies/amazon/index.html", "people/index.html", "people/vasi-philomin/index.html",
        "tags/index.html", "moves/index.html", "feeds/index.html", "search/index.html", "404.html",
        "briefings/index.html", "briefings/2025/index.html", "briefings/2025/06/index.html", "corrections/index.html",
    ];

    private string[] HtmlFiles() => SitePages.Of(fixture.Site.Output)
        .Select(f => Path.GetRelativePath(fixture.Site.Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();

    private static string? Meta(IDocument doc, string key) =>
        doc.QuerySelector($"meta[property='{key}']")?.GetAttribute("content") ?? doc.QuerySelector($"meta[name='{key}']")?.GetAttribute("content");

    [Fact]
    public void SearchPage_HasALabelledGetForm_SendingQ_ToItself()
    {
        var doc = Html.Load(fixture.Site, "search/index.html");

        var form = Assert.Single(doc.QuerySelectorAll("main form"));
        Assert.Equal("/news/search/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("search", form.GetAttribute("role"));
        var input = Assert.Single(form.QuerySelectorAll("input"));
        Assert.Equal("q", input.GetAttribute("name"));
        Assert.Equal("search", input.GetAttribute("type"));
        var label = Assert.Single(form.QuerySelectorAll("label"));
        Assert.Equal(input.Id, label.GetAttribute("for"));
        Assert.Equal("Search briefings", label.TextContent);
        Assert.Equal("noindex", Meta(doc, "robots"));
    }

    [Fact]
    public void SearchPage_LoadsPagefindUiFromTheBasePath_AndExplainsWhatToDoWithoutJavaScript()
    {
        var doc = Html.Load(fixture.Site, "search/index.html");

        var box = doc.GetElementById("search")!;
        Assert.Equal("/news/pagefind/", box.GetAttribute("data-bundle"));
        Assert.Equal("/news/", box.GetAttribute("data-base"));
        Assert.Contains("pagefind-ui.js", doc.QuerySelector("main script")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("triggerSearch", doc.QuerySelector("main script")!.TextContent, StringComparison.Ordinal);
        var noscript = Html.Parse(doc.QuerySelector("noscript")!.InnerHtml); // scripting-on parsers keep noscript as text
        Assert.Contains("Search needs JavaScript", noscript.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["/news/companies/", "/news/people/", "/news/tags/"], noscript.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void EveryPage_HasAHeaderSearchForm_ThatWorksWithoutJavaScript()
    {
        foreach (var file in HtmlFiles())
        {
            var doc = Html.Load(fixture.Site, file);
            var form = doc.QuerySelector("header.site-header form[role=search]");
            Assert.True(form is not null, file);
            Assert.Equal("/news/search/", form!.GetAttribute("action"));
            Assert.Equal("get", form.GetAttribute("method"));
            Assert.Equal("Site", form.GetAttribute("aria-label"));
            var input = form.QuerySelector("input[name=q]")!;
            Assert.Equal(input.Id, form.QuerySelector("label")!.GetAttribute("for"));
            Assert.NotNull(form.QuerySelector("button[type=submit]"));
        }
    }

    [Fact]
    public void BriefingPage_IsThePagefindBody_WithCompanyAndPersonFiltersAndMetadata()
    {
        var doc = Html.Load(fixture.Site, "briefings/2025/vasi-philomin-leaves-aws/index.html");

        var body = Assert.Single(doc.QuerySelectorAll("[data-pagefind-body]"));
        Assert.Equal("article", body.LocalName);
        Assert.NotNull(body.QuerySelector("h1"));
        var companies = body.QuerySelectorAll("[data-pagefind-filter=company]").Select(e => e.TextContent).ToArray();
        var people = body.QuerySelectorAll("[data-pagefind-filter=person]").Select(e => e.TextContent).ToArray();
        Assert.Equal(body.QuerySelectorAll(".entities ul[aria-label=Companies] .chip").Select(e => e.TextContent), companies);
        Assert.Equal(body.QuerySelectorAll(".entities ul[aria-label=People] .chip").Select(e => e.TextContent), people);
        Assert.Contains("Vasi Philomin", people);
        Assert.NotEmpty(companies);
        Assert.Equal("date", body.QuerySelector("time[data-pagefind-meta]")!.GetAttribute("data-pagefind-meta"));
        Assert.StartsWith("date:2025-", body.QuerySelector("time[data-pagefind-sort]")!.GetAttribute("data-pagefind-sort"), StringComparison.Ordinal);
        Assert.Equal("summary", body.QuerySelector(".lede")!.GetAttribute("data-pagefind-meta"));
    }

    [Fact]
    public void ListPages_AreNotIndexed_AndCarryNoFilters()
    {
        foreach (var file in ListPages)
        {
            var doc = Html.Load(fixture.Site, file);
            Assert.True(doc.QuerySelector("[data-pagefind-body]") is null, file);
            Assert.True(doc.QuerySelector("[data-pagefind-filter]") is null, file);
        }

        Assert.All(HtmlFiles().Where(f => System.Text.RegularExpressions.Regex.IsMatch(f, "^briefings/\\d{4}/[a-z0-9-]*[a-z][a-z0-9-]*/index.html$") && !f.Contains("/page/", StringComparison.Ordinal)),
            f => Assert.NotNull(Html.Load(fixture.Site, f).QuerySelector("article[data-pagefind-body]")));
    }

    [Fact]
    public void EveryPage_HasAnAbsoluteSocialImage_WithItsSizeAndAlt_ThatExists()
    {
        foreach (var file in HtmlFiles())
        {
            // A page with its own card (briefings, entities, home) points to it; the others to the theme's shared image.
            var doc = Html.Load(fixture.Site, file);
            var image = Meta(doc, "og:image") ?? string.Empty;
            Assert.True(image == Base + "assets/social-card.png" || image.StartsWith(Base + "cards/", StringComparison.Ordinal), $"{file}: {image}");
            Assert.True(File.Exists(Path.Combine(fixture.Site.Output, image[Base.Length..])), $"{file}: {image} is not in the output");
            Assert.Equal(image, Meta(doc, "twitter:image"));
            Assert.Equal("1200", Meta(doc, "og:image:width"));
            Assert.Equal("630", Meta(doc, "og:image:height"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(doc, "og:image:alt")), file);
            Assert.Equal("summary_large_image", Meta(doc, "twitter:card"));
        }

        var png = File.ReadAllBytes(Path.Combine(fixture.Site.Output, "assets", "social-card.png"));
        Assert.Equal(1200, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(630, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public void FaviconIco_IsAtTheSiteRoot()
    {
        var ico = File.ReadAllBytes(Path.Combine(fixture.Site.Output, "favicon.ico"));

        Assert.Equal(new byte[] { 0, 0, 1, 0 }, ico[..4]);
        Assert.Equal("/news/favicon.ico", Html.Load(fixture.Site, "index.html").QuerySelector("link[rel=icon][sizes]")!.GetAttribute("href"));
    }

    [Fact]
    public void Stylesheet_IsMinified_FromTheReadableThemeCopy()
    {
        var css = File.ReadAllText(Directory.GetFiles(Path.Combine(fixture.Site.Output, "assets"), "site.*.css").Single());
        var theme = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "site.css"));

        Assert.DoesNotContain("/*", css, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', css.TrimEnd());
        Assert.True(css.Length < theme.Length, $"{css.Length} >= {theme.Length}");
        Assert.Contains(".site-search{", css, StringComparison.Ordinal);
    }
}

using AngleSharp.Dom;
using Briefing.Tests.Content;
using Briefing.Tests.Support;

namespace Briefing.Tests.Rendering;

/// <summary>Unsafe link and image URLs never reach a page or a feed; their text does, and safe links are untouched.</summary>
public sealed class UnsafeLinkRenderingTests(UnsafeLinkSite fixture) : IClassFixture<UnsafeLinkSite>
{
    private static readonly string[] UnsafeSchemes = ["javascript:", "data:", "vbscript:", "file:"];

    /// <summary>The body HTML the page and each feed carry, HTML-parsed.</summary>
    public static TheoryData<string> Outputs => ["page", "feed.xml", "atom.xml", "feed.json"];

    [Theory]
    [MemberData(nameof(Outputs))]
    public void NoLinkOrImage_PointsToAnUnsafeScheme(string output)
    {
        // Given the briefing of UnsafeLinkSite, built
        // When its body is read from the output as a browser or feed reader would parse it
        var body = Body(output);

        // Then no href or src uses an unsafe scheme, however it was written
        var urls = body.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToArray();
        Assert.NotEmpty(urls);
        Assert.DoesNotContain(urls, url => UnsafeSchemes.Any(s => AsBrowserReadsIt(url).StartsWith(s, StringComparison.Ordinal)));
        Assert.DoesNotContain(urls, url => url.Contains("alert", StringComparison.Ordinal) || url.Contains("script", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Outputs))]
    public void DroppedLinks_KeepTheirText_AndImagesTheirAltText(string output)
    {
        // Given the briefing of UnsafeLinkSite, built
        // When its body is read from the output
        var text = Body(output).TextContent;

        // Then the text of every dropped link, the alt text of the image and the autolink's URL are there as text
        foreach (var kept in new[] { "Click inline now.", "image alt", "data", "See javascript:alert(4) here.", "entity", "tab entity", "upper", "reference", "vb", "file", "quote", "colon", "escaped" })
        {
            Assert.Contains(kept, text, StringComparison.Ordinal);
        }

        Assert.Empty(Body(output).QuerySelectorAll("img"));
    }

    [Theory]
    [MemberData(nameof(Outputs))]
    public void SafeLinks_AreKept(string output)
    {
        // Given line 34's https, mailto, root-relative, fragment, relative, parent and query links and an https autolink
        // When its body is read from the output
        var links = Body(output).QuerySelectorAll("a[href]").ToDictionary(a => a.TextContent, a => a.GetAttribute("href")!, StringComparer.Ordinal);

        // Then each one is a link (root-relative ones absolute in feeds, which have no base URL)
        var root = output == "page" ? "/" : "https://example.org/";
        Assert.Equal("https://example.com/a", links["https"]);
        Assert.Equal("mailto:a@example.com", links["mail"]);
        Assert.Equal(root + "about/", links["root"]);
        Assert.Equal("#top", links["frag"]);
        Assert.Equal("relative.md", links["rel"]);
        Assert.Equal("../x.html", links["up"]);
        Assert.Equal("?q=a:b", links["query"]);
        Assert.Equal("https://example.com/auto", links["https://example.com/auto"]);
    }

    /// <summary>What a browser makes of an attribute's URL before it looks at the scheme: ASCII whitespace and controls gone, case folded.</summary>
    private static string AsBrowserReadsIt(string url) =>
        new string(url.Where(c => c > ' ' && c != '\u007F').ToArray()).ToLowerInvariant();

    private IElement Body(string output)
    {
        var site = fixture.Site;
        var html = output switch
        {
            "page" => site.ReadOutput("briefings/2025/x/index.html"),
            "feed.xml" => Feeds.Xml(site, output).Descendants(Feeds.Content + "encoded").Single().Value,
            "atom.xml" => Feeds.Xml(site, output).Descendants(Feeds.Atom + "content").Single().Value,
            _ => Feeds.Json(site, output).RootElement.GetProperty("items")[0].GetProperty("content_html").GetString()!,
        };
        var document = Html.Parse(html);
        return output == "page" ? document.QuerySelector(".prose")! : document.Body!;
    }
}

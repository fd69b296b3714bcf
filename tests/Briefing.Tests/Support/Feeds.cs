using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Briefing.Tests.Support;

/// <summary>Reads generated feeds with independent parsers: System.ServiceModel.Syndication, XLinq, System.Text.Json.</summary>
public static class Feeds
{
    public const string TortureTitle = "Q&A: <script>alert(1)</script> \"quoted\" 'single' & José";

    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>An RSS 2.0 or Atom 1.0 file through <see cref="SyndicationFeed.Load(XmlReader)"/> (strict: throws on bad XML or structure).</summary>
    public static SyndicationFeed Syndication(string path)
    {
        using var reader = XmlReader.Create(path);
        return SyndicationFeed.Load(reader);
    }

    public static SyndicationFeed Syndication(TestSite site, string relativePath) => Syndication(Path.Combine(site.Output, relativePath));

    public static XDocument Xml(TestSite site, string relativePath) => XDocument.Load(Path.Combine(site.Output, relativePath));

    public static JsonDocument Json(TestSite site, string relativePath) => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, relativePath)));

    /// <summary>
    /// The text a reader shows for a field it parses as HTML (RSS <c>description</c>), parsed as a browser would (AngleSharp);
    /// fails when the field holds any element, since a plain-text value must never become markup.
    /// </summary>
    public static string TextOfHtml(string html)
    {
        var body = Html.Parse(html).Body!;
        Assert.True(body.Children.Length == 0, $"expected text only, found markup: {body.InnerHtml}");
        return body.TextContent;
    }

    /// <summary>The output-relative path of an absolute URL under <paramref name="baseUrl"/>: <c>…/news/a/</c> → <c>a/index.html</c>.</summary>
    public static string FileOf(string url, string baseUrl = "https://example.org/news/")
    {
        Assert.StartsWith(baseUrl, url, StringComparison.Ordinal);
        var relative = url[baseUrl.Length..];
        relative = relative.Contains('#', StringComparison.Ordinal) ? relative[..relative.IndexOf('#', StringComparison.Ordinal)] : relative; // a correction's anchor
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}

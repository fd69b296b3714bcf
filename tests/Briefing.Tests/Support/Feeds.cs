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

    /// <summary>The output-relative path of an absolute URL under <paramref name="baseUrl"/>: <c>…/news/a/</c> → <c>a/index.html</c>.</summary>
    public static string FileOf(string url, string baseUrl = "https://example.org/news/")
    {
        Assert.StartsWith(baseUrl, url, StringComparison.Ordinal);
        var relative = url[baseUrl.Length..];
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}

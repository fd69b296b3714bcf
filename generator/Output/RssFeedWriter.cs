using System.Globalization;
using System.Xml;
using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>
/// Writes an RSS 2.0 feed with <c>XmlWriter</c>: stable permalink guids, RFC 822 dates with their offset,
/// full content with absolute links, a category per company, person and tag. <c>lastBuildDate</c> is the newest
/// item's date, never the wall clock, so the output stays deterministic.
/// </summary>
internal static class RssFeedWriter
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    public static void Write(Stream stream, SiteModel model, SiteUrls urls, IReadOnlyList<Article> items, Func<Article, string> bodyOf,
        string title, string description, string channelRoute, string selfRoute)
    {
        using var xml = XmlWriter.Create(stream, XmlText.Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "content", null, ContentNs);
        xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", title);
        xml.WriteElementString("link", urls.Absolute(channelRoute));
        xml.WriteElementString("description", description);
        xml.WriteElementString("language", model.Config.Language);
        xml.WriteStartElement("atom", "link", AtomNs);
        xml.WriteAttributeString("href", urls.Absolute(selfRoute));
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        if (items.Count > 0)
        {
            xml.WriteElementString("lastBuildDate", Rfc822(items.Max(a => a.Updated ?? a.Date)));
        }

        xml.WriteElementString("generator", "Briefing");
        foreach (var article in items)
        {
            WriteItem(xml, model, urls, article, bodyOf(article));
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteItem(XmlWriter xml, SiteModel model, SiteUrls urls, Article article, string bodyHtml)
    {
        var link = urls.Absolute(article.Url);
        xml.WriteStartElement("item");
        xml.WriteElementString("title", article.Title);
        xml.WriteElementString("link", link);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "true");
        xml.WriteString(link);
        xml.WriteEndElement();
        xml.WriteElementString("pubDate", Rfc822(article.Date));
        xml.WriteElementString("description", article.Summary);
        xml.WriteStartElement("content", "encoded", ContentNs);
        xml.WriteCData(XmlText.Clean(Absolutize(bodyHtml, urls)).Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal));
        xml.WriteEndElement();
        foreach (var c in article.Companies)
        {
            xml.WriteElementString("category", model.Companies[c].Name);
        }

        foreach (var p in article.People)
        {
            xml.WriteElementString("category", model.People[p].Name);
        }

        foreach (var t in article.Tags)
        {
            xml.WriteElementString("category", model.Tags[t].Name);
        }

        if (article.Sources.FirstOrDefault(s => s.Url is not null) is { } source)
        {
            xml.WriteStartElement("source");
            xml.WriteAttributeString("url", source.Url!.AbsoluteUri);
            xml.WriteString(source.Name);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>Root-relative links in rendered Markdown become absolute: feed readers have no base URL.</summary>
    internal static string Absolutize(string html, SiteUrls urls)
    {
        var origin = urls.Origin;
        return html.Replace("href=\"/", $"href=\"{origin}/", StringComparison.Ordinal)
            .Replace("src=\"/", $"src=\"{origin}/", StringComparison.Ordinal)
            .Replace($"href=\"{origin}//", "href=\"//", StringComparison.Ordinal)
            .Replace($"src=\"{origin}//", "src=\"//", StringComparison.Ordinal);
    }

    /// <summary>RFC 822 with a numeric offset: <c>Thu, 26 Jun 2025 09:00:00 +0000</c>.</summary>
    internal static string Rfc822(PublishDate date)
    {
        var d = date.Instant;
        var offset = d.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return d.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
               + $"{sign}{offset.Hours:D2}{offset.Minutes:D2}";
    }
}

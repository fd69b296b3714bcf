using System.Globalization;
using System.Xml;
using Briefing.Model;

namespace Briefing.Output;

/// <summary>
/// Writes an RSS 2.0 feed with <c>XmlWriter</c>, streamed to the file: stable permalink guids, RFC 822 dates with
/// their offset, full content with absolute links, a category per company, person and tag, the first linked source.
/// <c>lastBuildDate</c> is the newest item's date (updated or published), never the wall clock, so the output stays
/// deterministic; a feed without items has none. Readers parse <c>description</c> as HTML: the plain-text summaries
/// and channel descriptions are HTML-escaped into it.
/// </summary>
internal static class RssFeedWriter
{
    public const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    public const string AtomNs = "http://www.w3.org/2005/Atom";

    /// <summary>Dublin Core, for <c>dc:creator</c>: RSS's own <c>author</c> must be an email address.</summary>
    public const string DcNs = "http://purl.org/dc/elements/1.1/";

    public static void Write(Stream stream, FeedContent content, FeedChannel channel)
    {
        if (channel.Moves is { } moves)
        {
            MovesFeedWriter.Write(stream, content, channel, moves);
            return;
        }

        if (channel.Corrections is { } corrections)
        {
            CorrectionsFeedWriter.Write(stream, content, channel, corrections);
            return;
        }

        using var xml = XmlWriter.Create(stream, XmlText.Settings);
        StartChannel(xml, content, channel, ("content", ContentNs), ("dc", DcNs));
        if (channel.Items.Count > 0)
        {
            xml.WriteElementString("lastBuildDate", Rfc822(channel.Items.Max(a => a.Updated ?? a.Date)));
        }

        xml.WriteElementString("generator", "Briefing");
        if (channel.Items.Count > 0)
        {
            // Each item's XML is written once per build (FeedContent.RssItem) and copied in: the writer is flushed, so
            // its buffer is empty and its state, the last element closed at this depth, is the same after the items.
            xml.Flush();
            foreach (var article in channel.Items)
            {
                content.CopyRssItem(stream, article, html => ItemBytes(content, article, html));
            }
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>The UTF-8 of <paramref name="article"/>'s <c>&lt;item&gt;</c>, written once per build (<see cref="FeedContent.RssItem"/>).</summary>
    public static byte[] Item(FeedContent content, Article article) => content.RssItem(article, html => ItemBytes(content, article, html));

    /// <summary>
    /// One <c>&lt;item&gt;</c> as it appears in a feed: written inside the same root, namespaces and preceding sibling
    /// as in <see cref="Write"/>, and cut out from its leading newline and indentation to its end tag.
    /// </summary>
    private static byte[] ItemBytes(FeedContent content, Article article, string html)
    {
        var writer = content.RssItemWriters.Take();
        var item = writer.Item(xml => WriteItem(xml, content, article, html));
        if (writer.Reusable)
        {
            content.RssItemWriters.Return(writer);
        }

        return item;
    }

    private static void WriteItem(XmlWriter xml, FeedContent content, Article article, string html)
    {
        var link = content.Link(article);
        xml.WriteStartElement("item");
        XmlText.Element(xml, "title", article.Title);
        xml.WriteElementString("link", link);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "true"); // an old URL still leads to the briefing, through its redirect
        xml.WriteString(content.Id(article));
        xml.WriteEndElement();
        xml.WriteElementString("pubDate", Rfc822(article.Date));
        foreach (var author in content.Authors(article))
        {
            xml.WriteStartElement("dc", "creator", DcNs);
            xml.WriteString(XmlText.Clean(author.Name));
            xml.WriteEndElement();
        }

        XmlText.HtmlElement(xml, "description", article.Summary);
        if (content.Enclosure(article) is { } enclosure)
        {
            xml.WriteStartElement("enclosure");
            xml.WriteAttributeString("url", enclosure.Url);
            xml.WriteAttributeString("length", enclosure.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("type", enclosure.Type);
            xml.WriteEndElement();
        }

        // WriteCData splits a "]]>" in the body into two sections by itself.
        xml.WriteStartElement("content", "encoded", ContentNs);
        xml.WriteCData(html);
        xml.WriteEndElement();
        foreach (var category in content.Categories(article))
        {
            xml.WriteStartElement("category");
            xml.WriteAttributeString("domain", category.Scheme);
            xml.WriteString(XmlText.Clean(category.Label));
            xml.WriteEndElement();
        }

        // RSS allows one <source>; every source is credited in content:encoded.
        if (article.Sources.FirstOrDefault(s => s.Url is not null) is { Url: { } url } source)
        {
            xml.WriteStartElement("source");
            xml.WriteAttributeString("url", url.AbsoluteUri);
            xml.WriteString(XmlText.Clean(source.Name));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
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

    /// <summary>
    /// Opens an RSS 2.0 document and its channel: title, link, description (HTML-escaped text), language and the
    /// <c>atom:link rel="self"</c> every feed of the site carries; <paramref name="namespaces"/> are declared before Atom's.
    /// </summary>
    internal static void StartChannel(XmlWriter xml, FeedContent content, FeedChannel channel, params (string Prefix, string Uri)[] namespaces)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        foreach (var (prefix, uri) in namespaces)
        {
            xml.WriteAttributeString("xmlns", prefix, null, uri);
        }

        xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
        xml.WriteStartElement("channel");
        XmlText.Element(xml, "title", channel.Title);
        xml.WriteElementString("link", content.Urls.Absolute(channel.HtmlRoute));
        XmlText.HtmlElement(xml, "description", channel.Description);
        XmlText.Element(xml, "language", content.Config.Language);
        xml.WriteStartElement("atom", "link", AtomNs);
        xml.WriteAttributeString("href", content.Urls.Absolute(channel.Route));
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
    }
}

using System.Xml;
using Briefing.Model;

namespace Briefing.Output;

/// <summary>
/// Writes an Atom 1.0 feed (RFC 4287) with <c>XmlWriter</c>: the feed's author, alternate and self links; per entry
/// the permalink as its id, <c>published</c>, <c>updated</c> (the briefing's <c>updated</c>, else its date), a text
/// summary, the full body as <c>type="html"</c> and a category per company, person and tag.
/// </summary>
internal static class AtomFeedWriter
{
    public const string Ns = "http://www.w3.org/2005/Atom";

    /// <summary>
    /// <c>updated</c> is required even for a feed without entries; without a date to take it from, the Unix epoch keeps
    /// the output deterministic.
    /// </summary>
    private static readonly PublishDate NoDate = new(DateTimeOffset.UnixEpoch, true);

    public static void Write(Stream stream, FeedContent content, FeedChannel channel)
    {
        var urls = content.Urls;
        var self = urls.Absolute(channel.Route);
        using var xml = XmlWriter.Create(stream, XmlText.Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Ns);
        xml.WriteAttributeString("xml", "lang", null, content.Config.Language);
        Text(xml, "title", channel.Title);
        Text(xml, "subtitle", channel.Description);
        xml.WriteElementString("id", Ns, self);
        Link(xml, "alternate", "text/html", urls.Absolute(channel.HtmlRoute));
        Link(xml, "self", "application/atom+xml", self);
        var updated = channel.Items.Count > 0 ? channel.Items.Max(a => a.Updated ?? a.Date) : NoDate;
        xml.WriteElementString("updated", Ns, updated.ToIso());
        xml.WriteStartElement("author", Ns);
        xml.WriteElementString("name", Ns, XmlText.Clean(content.Author));
        xml.WriteElementString("uri", Ns, urls.Absolute(Routes.Home()));
        xml.WriteEndElement();
        xml.WriteStartElement("generator", Ns);
        xml.WriteString("Briefing");
        xml.WriteEndElement();
        foreach (var article in channel.Items)
        {
            WriteEntry(xml, content, article);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteEntry(XmlWriter xml, FeedContent content, Article article)
    {
        var link = content.Link(article);
        xml.WriteStartElement("entry", Ns);
        Text(xml, "title", article.Title);
        Link(xml, "alternate", "text/html", link);
        if (content.Enclosure(article) is { } enclosure)
        {
            xml.WriteStartElement("link", Ns);
            xml.WriteAttributeString("rel", "enclosure");
            xml.WriteAttributeString("type", enclosure.Type);
            xml.WriteAttributeString("href", enclosure.Url);
            xml.WriteAttributeString("length", enclosure.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteElementString("id", Ns, content.Id(article));
        xml.WriteElementString("published", Ns, article.Date.ToIso());
        xml.WriteElementString("updated", Ns, (article.Updated ?? article.Date).ToIso());
        foreach (var author in content.Authors(article))
        {
            xml.WriteStartElement("author", Ns);
            xml.WriteElementString("name", Ns, XmlText.Clean(author.Name));
            xml.WriteElementString("uri", Ns, author.Url);
            xml.WriteEndElement();
        }

        Text(xml, "summary", article.Summary);
        xml.WriteStartElement("content", Ns);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(content.ContentHtml(article));
        xml.WriteEndElement();
        foreach (var category in content.Categories(article))
        {
            xml.WriteStartElement("category", Ns);
            xml.WriteAttributeString("term", category.Term);
            xml.WriteAttributeString("scheme", category.Scheme);
            xml.WriteAttributeString("label", XmlText.Clean(category.Label));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name, Ns);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(XmlText.Clean(text));
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}

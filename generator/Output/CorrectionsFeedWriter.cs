using System.Xml;
using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>
/// Writes <c>/corrections/feed.xml</c>: RSS 2.0, one item per correction, newest first. An item's link and guid are the
/// correction on its briefing page (<c>…/briefings/2025/x/#correction-2025-06-27-1</c>): they depend only on the
/// briefing's URL, the correction's day and its number that day, so rebuilding or adding corrections never makes a
/// reader see one twice. The description is the correction's Markdown as HTML with absolute links; dates are the
/// correction's; no wall clock anywhere.
/// </summary>
internal static class CorrectionsFeedWriter
{
    public static void Write(Stream stream, FeedContent content, FeedChannel channel, IReadOnlyList<CorrectionNotice> notices)
    {
        var urls = content.Urls;
        var markdown = new MarkdownRenderer(content.Config.BasePath);
        using var xml = XmlWriter.Create(stream, XmlText.Settings);
        RssFeedWriter.StartChannel(xml, content, channel);
        if (notices.Count > 0)
        {
            xml.WriteElementString("lastBuildDate", RssFeedWriter.Rfc822(notices.Max(n => n.Correction.Date)));
        }

        xml.WriteElementString("generator", "Briefing");
        foreach (var notice in notices)
        {
            var link = urls.Absolute(notice.Route);
            xml.WriteStartElement("item");
            XmlText.Element(xml, "title", $"Correction: {notice.Article.Title}");
            xml.WriteElementString("link", link);
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "true");
            xml.WriteString(link);
            xml.WriteEndElement();
            xml.WriteElementString("pubDate", RssFeedWriter.Rfc822(notice.Correction.Date));
            var html = FeedContent.Absolutize(markdown.ToInlineHtml(notice.Correction.Text), urls.Origin);
            xml.WriteElementString("description", XmlText.Clean(html));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}

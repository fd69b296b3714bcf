using System.Xml;
using Briefing.Model;
using Briefing.Rendering.Views;

namespace Briefing.Output;

/// <summary>
/// The digest's RSS 2.0 feed, <c>/digest/feed.xml</c>: one item per finished edition, newest first, its email's HTML
/// as <c>content:encoded</c>, and as guid the edition's URL, which depends on the week alone, so a title edit or a
/// rebuild never makes an RSS-to-email campaign send an edition twice. An item's date is the instant its week ended
/// in the site's zone (never the wall clock).
/// </summary>
internal static class DigestFeedWriter
{
    public static void Write(Stream stream, FeedContent content, IReadOnlyList<(Edition Edition, EditionView View, string Body)> items)
    {
        var config = content.Config;
        var channel = new FeedChannel(Routes.DigestFeed, config.Title, $"{config.Title} – Weekly digest",
            $"Every week's talent moves from {config.Title}, one edition per finished week.", Routes.DigestIndex, []);
        var zone = SiteTimeZone.Of(config);
        using var xml = XmlWriter.Create(stream, XmlText.Settings);
        RssFeedWriter.StartChannel(xml, content, channel, ("content", RssFeedWriter.ContentNs));
        if (items.Count > 0)
        {
            xml.WriteElementString("lastBuildDate", RssFeedWriter.Rfc822(Ended(items[0].Edition.Week, zone)));
        }

        xml.WriteElementString("generator", "Briefing");
        foreach (var (edition, view, body) in items)
        {
            var link = content.Urls.Absolute(edition.Url);
            xml.WriteStartElement("item");
            XmlText.Element(xml, "title", edition.Title);
            xml.WriteElementString("link", link);
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "true");
            xml.WriteString(link);
            xml.WriteEndElement();
            xml.WriteElementString("pubDate", RssFeedWriter.Rfc822(Ended(edition.Week, zone)));
            XmlText.HtmlElement(xml, "description", view.Preheader);
            xml.WriteStartElement("content", "encoded", RssFeedWriter.ContentNs);
            xml.WriteCData(body);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Midnight at the end of the week's Sunday, in <paramref name="zone"/>.</summary>
    public static PublishDate Ended(IsoWeek week, TimeZoneInfo zone)
    {
        var local = week.Sunday.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new PublishDate(new DateTimeOffset(local, zone.GetUtcOffset(local)), HasTime: true);
    }
}

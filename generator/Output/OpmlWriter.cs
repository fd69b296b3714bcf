using System.Xml;
using Briefing.Model;

namespace Briefing.Output;

/// <summary>
/// Writes OPML 2.0 subscription lists: a feed reader that imports one subscribes to every feed in it at once. Each
/// feed is one <c>outline type="rss"</c> with <c>text</c>, <c>title</c>, <c>xmlUrl</c> and <c>htmlUrl</c>; groups
/// (companies, people, tags) are plain outlines around them. No dates: the output never depends on the clock.
/// <c>text</c> stays plain text: OPML allows HTML in it for outliners, but feed readers importing a subscription list
/// show it as the feed's name, so an escaped "AT&amp;T" would read "AT&amp;amp;T" there.
/// </summary>
internal static class OpmlWriter
{
    public static void Write(Stream stream, FeedContent content, string title, IReadOnlyList<(string Group, IReadOnlyList<FeedChannel> Feeds)> groups)
    {
        using var xml = XmlWriter.Create(stream, XmlText.Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("opml");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteStartElement("head");
        XmlText.Element(xml, "title", title);
        if (content.Config.Author is { } author)
        {
            XmlText.Element(xml, "ownerName", author);
        }

        xml.WriteElementString("docs", "http://opml.org/spec2.opml");
        xml.WriteEndElement();
        xml.WriteStartElement("body");
        foreach (var (group, feeds) in groups)
        {
            if (groups.Count > 1)
            {
                xml.WriteStartElement("outline");
                XmlText.Attribute(xml, "text", group);
                XmlText.Attribute(xml, "title", group);
            }

            foreach (var feed in feeds)
            {
                xml.WriteStartElement("outline");
                xml.WriteAttributeString("type", "rss");
                XmlText.Attribute(xml, "text", feed.Name);
                XmlText.Attribute(xml, "title", feed.Name);
                xml.WriteAttributeString("xmlUrl", content.Urls.Absolute(feed.Route));
                xml.WriteAttributeString("htmlUrl", content.Urls.Absolute(feed.HtmlRoute));
                xml.WriteEndElement();
            }

            if (groups.Count > 1)
            {
                xml.WriteEndElement();
            }
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>The lists the build writes: every entity feed in groups, and each group alone beside its index.</summary>
    /// <remarks>Authors join the lists only on a site that has an author registry.</remarks>
    public static IEnumerable<(string Route, string Title, IReadOnlyList<(string, IReadOnlyList<FeedChannel>)> Groups)> Lists(FeedCatalog catalog, string siteTitle)
    {
        var hasAuthors = catalog.Authors.Count > 0;
        var all = new List<(string, IReadOnlyList<FeedChannel>)> { ("Companies", catalog.Companies), ("People", catalog.People), ("Tags", catalog.Tags) };
        if (hasAuthors)
        {
            all.Add(("Authors", catalog.Authors));
        }

        if (catalog.Corrections is { } corrections)
        {
            all.Add(("Corrections", [corrections]));
        }

        var lists = new List<(string, string, IReadOnlyList<(string, IReadOnlyList<FeedChannel>)>)>
        {
            (Routes.FeedsOpml, hasAuthors ? $"{siteTitle}: every company, person, tag and author feed, and corrections" : $"{siteTitle}: every company, person and tag feed, and corrections", all),
            (Routes.CompanyFeedsOpml, $"{siteTitle}: company feeds", [("Companies", catalog.Companies)]),
            (Routes.PersonFeedsOpml, $"{siteTitle}: people feeds", [("People", catalog.People)]),
            (Routes.TagFeedsOpml, $"{siteTitle}: tag feeds", [("Tags", catalog.Tags)]),
        };
        if (hasAuthors)
        {
            lists.Add((Routes.AuthorFeedsOpml, $"{siteTitle}: author feeds", [("Authors", catalog.Authors)]));
        }

        return lists;
    }
}

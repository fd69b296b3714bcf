using System.Globalization;
using System.Xml;
using Briefing.Model;

namespace Briefing.Output;

/// <summary>
/// Writes <c>/moves/feed.xml</c>: RSS 2.0, one item per talent move, newest first. The guid is not a URL but the
/// move's own identity (who, from, to, date), so a second briefing reporting the same move never makes a new item.
/// The item links to the first briefing that reported it; dates are the move's day; no wall clock anywhere. Descriptions
/// are plain text HTML-escaped, since readers parse RSS <c>description</c> as HTML.
/// </summary>
internal static class MovesFeedWriter
{
    public static void Write(Stream stream, FeedContent content, FeedChannel channel, IReadOnlyList<MoveReport> moves)
    {
        using var xml = XmlWriter.Create(stream, XmlText.Settings);
        RssFeedWriter.StartChannel(xml, content, channel);
        if (moves.Count > 0)
        {
            xml.WriteElementString("lastBuildDate", RssFeedWriter.Rfc822(Day(moves.Max(m => m.Move.Date))));
        }

        xml.WriteElementString("generator", "Briefing");
        foreach (var report in moves)
        {
            WriteItem(xml, content, report);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>The item's guid: <c>move:vasi-philomin/aws/undisclosed/2025-06-26</c>; a group move by its count and description.</summary>
    public static string Guid(Move move) => string.Join('/', "move:" + Slug.From(move.Mover), move.From, move.To ?? "undisclosed",
        move.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static void WriteItem(XmlWriter xml, FeedContent content, MoveReport report)
    {
        var move = report.Move;
        var model = content.Model;
        var who = move.Person is { } p ? model.People[p].Name : $"{move.Count} {move.Who}";
        var from = model.Companies[move.From].Name;
        var to = move.To is { } t ? model.Companies[t].Name : null;
        var title = move.Kind switch
        {
            MoveKind.Promotion => $"{who} promoted at {from}",
            MoveKind.Departure => to is null ? $"{who} leaves {from}" : $"{who} leaves {from} for {to}",
            MoveKind.Poach => $"{to} poaches {who} from {from}",
            _ => $"{who} joins {to} from {from}",
        };
        xml.WriteStartElement("item");
        XmlText.Element(xml, "title", title);
        xml.WriteElementString("link", content.Link(report.Article));
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString(XmlText.Clean(Guid(move)));
        xml.WriteEndElement();
        xml.WriteElementString("pubDate", RssFeedWriter.Rfc822(Day(move.Date)));
        var role = move.Role is { } r ? $"{r}. " : string.Empty;
        XmlText.HtmlElement(xml, "description", $"{role}Reported in: {string.Join("; ", report.Articles.Select(a => a.Title))}.");
        xml.WriteStartElement("category");
        xml.WriteString(MoveKinds.Name(move.Kind));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static PublishDate Day(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), false);
}

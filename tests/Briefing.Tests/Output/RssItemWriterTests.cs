using System.Text;
using System.Xml;
using Briefing.Output;

namespace Briefing.Tests.Output;

/// <summary>
/// A thread's RSS item writer is reused item after item: an item written after others must have the bytes a fresh
/// writer gives it (the writer's state after an item's end tag is the state after the sibling before it).
/// </summary>
public sealed class RssItemWriterTests
{
    [Fact]
    public void AnItemWrittenAfterOthers_HasTheBytesOfAFreshWriter()
    {
        var reused = new RssItemWriter();
        _ = reused.Item(xml => Item(xml, "First", "<p>one</p>", withCreator: true));
        _ = reused.Item(xml => Item(xml, "Second ]]> & <", new string('x', 70_000), withCreator: false));
        var after = reused.Item(xml => Item(xml, "Third", "<p>three\nlines</p>", withCreator: true));
        var fresh = new RssItemWriter().Item(xml => Item(xml, "Third", "<p>three\nlines</p>", withCreator: true));

        Assert.Equal(Encoding.UTF8.GetString(fresh), Encoding.UTF8.GetString(after));
        Assert.StartsWith("\n    <item>", Encoding.UTF8.GetString(after), StringComparison.Ordinal);
    }

    private static void Item(XmlWriter xml, string title, string html, bool withCreator)
    {
        xml.WriteStartElement("item");
        xml.WriteElementString("title", title);
        if (withCreator)
        {
            xml.WriteStartElement("dc", "creator", RssFeedWriter.DcNs);
            xml.WriteString("Mei");
            xml.WriteEndElement();
        }

        xml.WriteStartElement("content", "encoded", RssFeedWriter.ContentNs);
        xml.WriteCData(html);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}

using System.Xml;

namespace Briefing.Output;

/// <summary>
/// One thread's writer of RSS items: an <see cref="XmlWriter"/> inside the root, namespaces and first sibling of an RSS
/// channel (as <see cref="RssFeedWriter.Write"/> has them before its items), reused item after item. Each item is cut
/// from its leading newline and indentation to its end tag; the writer's state after an item's end tag is the state
/// after the sibling before it (the last element closed at this depth), so every item is written as a feed writes it.
/// A new writer and stream per item were most of the bytes a feed item allocated.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A MemoryStream and an XmlWriter over it hold no unmanaged resource; the writer is never closed, as it never ends its document.")]
internal sealed class RssItemWriter
{
    /// <summary>Past this, the buffer is not kept for the next item (one very long body).</summary>
    private const int KeptBytes = 1024 * 1024;

    private readonly MemoryStream _buffer = new(16 * 1024);
    private readonly XmlWriter _xml;
    private readonly int _start;

    public RssItemWriter()
    {
        _xml = XmlWriter.Create(_buffer, XmlText.Settings);
        _xml.WriteStartElement("rss");
        _xml.WriteAttributeString("xmlns", "content", null, RssFeedWriter.ContentNs);
        _xml.WriteAttributeString("xmlns", "dc", null, RssFeedWriter.DcNs);
        _xml.WriteStartElement("channel");
        _xml.WriteElementString("generator", "Briefing");
        _xml.Flush();
        _start = (int)_buffer.Position;
    }

    /// <summary>Whether the writer may serve the thread's next item (its buffer did not grow past a few hundred KB).</summary>
    public bool Reusable => _buffer.Capacity <= KeptBytes;

    /// <summary>The UTF-8 of the one item <paramref name="write"/> writes.</summary>
    public byte[] Item(Action<XmlWriter> write)
    {
        write(_xml);
        _xml.Flush();
        var item = _buffer.GetBuffer()[_start..(int)_buffer.Position];
        _buffer.SetLength(_start);
        return item;
    }
}

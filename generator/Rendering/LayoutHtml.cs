using System.Text;
using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>
/// A layout's rendered HTML, kept as UTF-8 in a buffer reused by one thread: the output the layout renders into, then
/// the value of <c>content_html</c>, which <see cref="ThemeContext"/> copies as bytes into the page output. Also the
/// buffer <c>include_cached</c> renders a partial into the first time.
/// </summary>
/// <remarks>
/// It held UTF-16 until the fourteenth session: every cached card and body was decoded into it and the whole layout
/// encoded again into the page, two passes over most of a page's text (docs/performance.md).
/// </remarks>
internal sealed class LayoutHtml : IScriptOutput
{
    private const int InitialBytes = 256 * 1024;

    private readonly Utf8PageOutput _utf8;

    /// <param name="initialBytes">How large its buffer starts, and starts again after a page that grew it past a few megabytes.</param>
    public LayoutHtml(int initialBytes = InitialBytes)
    {
        _utf8 = new Utf8PageOutput(initialBytes);
        Content = new LayoutContent(this);
    }

    /// <summary>The value of <c>content_html</c>.</summary>
    public LayoutContent Content { get; }

    /// <summary>How much the layout has written (bytes).</summary>
    public long Length => _utf8.Length;

    public void Reset() => _utf8.Reset();

    public void Write(string text, int offset, int count) => _utf8.Write(text.AsSpan(offset, count));

    /// <summary>Appends markup held as UTF-8.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8) => _utf8.WriteUtf8(utf8);

    /// <summary>Appends UTF-8 to <paramref name="builder"/> through a pooled buffer.</summary>
    internal static void AppendUtf8(StringBuilder builder, ReadOnlySpan<byte> utf8)
    {
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(utf8.Length);
        try
        {
            var count = Encoding.UTF8.GetChars(utf8, chars);
            builder.Append(chars, 0, count);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(chars);
        }
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Writes the HTML to <paramref name="output"/>: as bytes into a page's (or another layout's) UTF-8, else as one string.</summary>
    public void WriteTo(IScriptOutput output)
    {
        switch (output)
        {
            case Utf8PageOutput page:
                page.WriteUtf8(_utf8.Written());
                break;
            case LayoutHtml layout:
                layout.WriteUtf8(_utf8.Written());
                break;
            default:
                var text = Encoding.UTF8.GetString(_utf8.Written());
                output.Write(text, 0, text.Length);
                break;
        }
    }

    /// <summary>The HTML as a new UTF-8 array.</summary>
    public byte[] ToUtf8() => _utf8.Written().ToArray();

    /// <summary>Scriban's <c>Template.Render</c> returns the output's text: the layout stays in the buffer.</summary>
    public override string ToString() => string.Empty;

    /// <summary><c>content_html</c>: written into the page by <see cref="ThemeContext"/>; as a value, the HTML as text.</summary>
    internal sealed class LayoutContent(LayoutHtml html)
    {
        public void WriteTo(IScriptOutput output) => html.WriteTo(output);

        public override string ToString() => Encoding.UTF8.GetString(html._utf8.Written());
    }
}

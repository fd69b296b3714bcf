using System.Text;
using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>
/// A layout's rendered HTML, kept in a builder reused by one thread: the output the layout renders into, then the
/// value of <c>content_html</c>, which <see cref="ThemeContext"/> copies chunk by chunk into the page output.
/// </summary>
internal sealed class LayoutHtml : IScriptOutput
{
    private const int InitialChars = 256 * 1024;
    private const int KeptChars = 4 * 1024 * 1024;

    private readonly int _initialChars;
    private StringBuilder _builder;

    /// <param name="initialChars">How large its builder starts, and starts again after a page that grew it past a few megabytes.</param>
    public LayoutHtml(int initialChars = InitialChars)
    {
        _initialChars = initialChars;
        _builder = new StringBuilder(initialChars);
        Content = new LayoutContent(this);
    }

    /// <summary>The value of <c>content_html</c>.</summary>
    public LayoutContent Content { get; }

    /// <summary>How many characters the layout has written.</summary>
    public long Length => _builder.Length;

    public void Reset()
    {
        // A builder that grew into many chunks is replaced: clearing one reallocates it whole.
        if (_builder.Capacity > KeptChars)
        {
            _builder = new StringBuilder(_initialChars);
        }

        _builder.Clear();
    }

    public void Write(string text, int offset, int count) => _builder.Append(text, offset, count);

    /// <summary>Appends markup held as UTF-8, decoded through a pooled buffer rather than a string.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8) => AppendUtf8(_builder, utf8);

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

    /// <summary>Writes the HTML to <paramref name="output"/>: straight into a page's UTF-8, else as one string.</summary>
    public void WriteTo(IScriptOutput output)
    {
        if (output is Utf8PageOutput page)
        {
            foreach (var chunk in _builder.GetChunks())
            {
                page.Write(chunk.Span);
            }
        }
        else
        {
            var text = _builder.ToString();
            output.Write(text, 0, text.Length);
        }
    }

    /// <summary>The HTML as UTF-8, encoded from the builder without a string in between when it is one chunk.</summary>
    public byte[] ToUtf8()
    {
        foreach (var chunk in _builder.GetChunks())
        {
            if (chunk.Length == _builder.Length)
            {
                var utf8 = new byte[Encoding.UTF8.GetByteCount(chunk.Span)];
                Encoding.UTF8.GetBytes(chunk.Span, utf8);
                return utf8;
            }

            break;
        }

        return Encoding.UTF8.GetBytes(_builder.ToString());
    }

    /// <summary>Scriban's <c>Template.Render</c> returns the output's text: the layout stays in the buffer.</summary>
    public override string ToString() => string.Empty;

    /// <summary><c>content_html</c>: written into the page by <see cref="ThemeContext"/>; as a value, the HTML as text.</summary>
    internal sealed class LayoutContent(LayoutHtml html)
    {
        public void WriteTo(IScriptOutput output) => html.WriteTo(output);

        public override string ToString() => html._builder.ToString();
    }
}

using System.Text;
using System.Text.Unicode;
using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>
/// A Scriban output that encodes what a page writes straight into UTF-8, in a buffer reused page after page by one
/// thread. A page used to become a string (twice its bytes, on the large-object heap past 42,500 characters) and then
/// a byte array; at 50,000 briefings that was gigabytes of short-lived large objects, each a step towards a full
/// collection of a heap that holds the whole site.
/// </summary>
internal sealed class Utf8PageOutput : IScriptOutput
{
    private const int InitialBytes = 256 * 1024;
    private const int KeptBytes = 8 * 1024 * 1024;

    /// <summary>The three bytes of U+FFFD, which replace a lone surrogate (as the UTF-8 encoder's replacement fallback writes).</summary>
    private static ReadOnlySpan<byte> Replacement => [0xEF, 0xBF, 0xBD];

    private readonly int _initialBytes;

    /// <summary>
    /// A high surrogate that ended the last write, held for the low one the next write may start with: what an
    /// <see cref="Encoder"/> keeps between calls, without its layers of calls on every short write.
    /// </summary>
    private char _pending;
    private byte[] _buffer;
    private int _length;

    /// <param name="initialBytes">How large its buffer starts, and starts again after a page that grew it past a few megabytes.</param>
    public Utf8PageOutput(int initialBytes = InitialBytes)
    {
        _initialBytes = initialBytes;
        _buffer = GC.AllocateUninitializedArray<byte>(initialBytes); // only what is written is read: no page of it is touched before
    }

    /// <summary>How many bytes the page has so far.</summary>
    public long Length => _length;

    /// <summary>Starts a page: empties the buffer (and lets go of one grown past a few megabytes).</summary>
    public void Reset()
    {
        if (_buffer.Length > KeptBytes)
        {
            _buffer = GC.AllocateUninitializedArray<byte>(_initialBytes);
        }

        _length = 0;
        _pending = '\0';
    }

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    public void Write(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        Reserve(Encoding.UTF8.GetMaxByteCount(text.Length + 1));
        if (_pending != '\0')
        {
            if (char.IsLowSurrogate(text[0]))
            {
                _length += Encoding.UTF8.GetBytes([_pending, text[0]], _buffer.AsSpan(_length));
                text = text[1..];
            }
            else
            {
                WriteReplacement();
            }

            _pending = '\0';
        }

        if (!text.IsEmpty && char.IsHighSurrogate(text[^1]))
        {
            _pending = text[^1];
            text = text[..^1];
        }

        // Each lone surrogate becomes U+FFFD, as the encoder's replacement fallback makes it.
        Utf8.FromUtf16(text, _buffer.AsSpan(_length), out _, out var written, replaceInvalidSequences: true, isFinalBlock: true);
        _length += written;
    }

    /// <summary>Appends bytes already in UTF-8 (after a high surrogate still held, as U+FFFD, as writing them as text would).</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        Reserve(utf8.Length + 16);
        Flush();
        utf8.CopyTo(_buffer.AsSpan(_length));
        _length += utf8.Length;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The bytes written so far, as written (a high surrogate still held written as U+FFFD); valid until the next write.</summary>
    public ReadOnlySpan<byte> Written() => Flushed();

    /// <summary>
    /// The page's bytes, with each CR LF written as LF (a template saved with Windows line ends renders as one saved
    /// with Unix ones); valid until the next <see cref="Reset"/>.
    /// </summary>
    public ReadOnlySpan<byte> Finish()
    {
        var page = Flushed();
        var cr = page.IndexOf("\r\n"u8);
        if (cr < 0)
        {
            return page;
        }

        var kept = cr;
        for (var i = cr; i < page.Length; i++)
        {
            if (page[i] != (byte)'\r' || i + 1 >= page.Length || page[i + 1] != (byte)'\n')
            {
                page[kept++] = page[i];
            }
        }

        _length = kept;
        return page[..kept];
    }

    /// <summary>Scriban's <c>Template.Render</c> returns the output's text: the page is in the buffer, not in a string.</summary>
    public override string ToString() => string.Empty;

    private Span<byte> Flushed()
    {
        Reserve(16);
        Flush();
        return _buffer.AsSpan(0, _length);
    }

    /// <summary>A held high surrogate that no low one followed is a lone one: U+FFFD (room for it reserved by the caller).</summary>
    private void Flush()
    {
        if (_pending != '\0')
        {
            WriteReplacement();
            _pending = '\0';
        }
    }

    private void WriteReplacement()
    {
        Replacement.CopyTo(_buffer.AsSpan(_length));
        _length += Replacement.Length;
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            var larger = GC.AllocateUninitializedArray<byte>(Math.Max(_buffer.Length * 2, _length + bytes));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            _buffer = larger;
        }
    }
}

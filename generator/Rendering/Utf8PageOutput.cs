using System.Text;
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

    private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
    private readonly int _initialBytes;
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
        _encoder.Reset();
    }

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    public void Write(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += _encoder.GetBytes(text, _buffer.AsSpan(_length), flush: false);
    }

    /// <summary>Appends bytes already in UTF-8 (after what the encoder still holds, as writing them as text would).</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        Reserve(utf8.Length + 16);
        _length += _encoder.GetBytes(ReadOnlySpan<char>.Empty, _buffer.AsSpan(_length), flush: true);
        utf8.CopyTo(_buffer.AsSpan(_length));
        _length += utf8.Length;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The bytes written so far, as written (what the encoder still holds flushed); valid until the next write.</summary>
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
        _length += _encoder.GetBytes(ReadOnlySpan<char>.Empty, _buffer.AsSpan(_length), flush: true);
        return _buffer.AsSpan(0, _length);
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

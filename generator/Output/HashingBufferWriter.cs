using System.Buffers;
using System.IO.Hashing;

namespace Briefing.Output;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> whose bytes go straight into a hash: JSON is hashed without being kept. Its buffer
/// is rented (every page's key and every card's hash takes one): dispose it to give the buffer back.
/// </summary>
internal sealed class HashingBufferWriter(XxHash128 hash) : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _used;

    public void Advance(int count)
    {
        _used += count;
        if (_used > _buffer.Length / 2)
        {
            Flush();
        }
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).Span;

    /// <summary>Hashes what is still buffered.</summary>
    public void Flush()
    {
        hash.Append(_buffer.AsSpan(0, _used));
        _used = 0;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _used = 0;
    }

    private Memory<byte> Reserve(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (_buffer.Length - _used < sizeHint)
        {
            Flush();
            if (_buffer.Length < sizeHint)
            {
                // one long value (a JSON-LD block, a long description)
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(sizeHint);
            }
        }

        return _buffer.AsMemory(_used);
    }
}

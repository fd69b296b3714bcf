using System.Buffers;
using System.IO.Hashing;

namespace Briefing.Output;

/// <summary>An <see cref="IBufferWriter{T}"/> whose bytes go straight into a hash: JSON is hashed without being kept.</summary>
internal sealed class HashingBufferWriter(XxHash128 hash) : IBufferWriter<byte>
{
    private byte[] _buffer = new byte[16 * 1024];
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

    private Memory<byte> Reserve(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (_buffer.Length - _used < sizeHint)
        {
            Flush();
            if (_buffer.Length < sizeHint)
            {
                _buffer = new byte[sizeHint]; // one long value (a JSON-LD block, a long description)
            }
        }

        return _buffer.AsMemory(_used);
    }
}

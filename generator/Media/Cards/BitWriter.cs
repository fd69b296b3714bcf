using System.Buffers.Binary;

namespace Briefing.Media.Cards;

/// <summary>Deflate's bit stream: values packed from the least significant bit, into a buffer sized by the caller.</summary>
internal ref struct BitWriter
{
    private readonly Span<byte> _output;
    private ulong _bits;
    private int _count;

    public BitWriter(Span<byte> output, int position)
    {
        _output = output;
        Position = position;
    }

    /// <summary>Bytes written so far (after <see cref="Flush"/>, all of them).</summary>
    public int Position { get; private set; }

    /// <summary>Writes the low <paramref name="length"/> (at most 32) bits of <paramref name="value"/>.</summary>
    public void Put(uint value, int length)
    {
        _bits |= (ulong)value << _count;
        _count += length;
        if (_count >= 32)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(_output[Position..], (uint)_bits);
            Position += 4;
            _bits >>= 32;
            _count -= 32;
        }
    }

    /// <summary>Pads to a whole byte with zero bits and writes what is pending.</summary>
    public void Flush()
    {
        for (; _count > 0; _count -= 8)
        {
            _output[Position++] = (byte)_bits;
            _bits >>= 8;
        }

        _count = 0;
    }
}

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

    /// <summary>
    /// Writes Deflate symbols as <see cref="SparseDeflate"/> holds them (a literal or length symbol in the low 9 bits; for
    /// a length, its extra bits from bit 9, its distance code from bit 14 and that code's extra bits from bit 19) with
    /// the given codes (bit-reversed), their lengths and extra bits' counts, indexed by symbol (the literal tables by
    /// the full 9 bits; <paramref name="isLength"/> is 1 for a length symbol). The hot loop of an encode: no branch per
    /// symbol, the pending bits in locals, eight bytes stored each time (the buffer needs 8 bytes to spare).
    /// </summary>
    public void PutSymbols(scoped ReadOnlySpan<uint> symbols, scoped ReadOnlySpan<uint> literalCodes, scoped ReadOnlySpan<byte> literalLengths,
        scoped ReadOnlySpan<byte> lengthExtra, scoped ReadOnlySpan<byte> isLength, scoped ReadOnlySpan<uint> distanceCodes,
        scoped ReadOnlySpan<byte> distanceLengths, scoped ReadOnlySpan<byte> distanceExtra)
    {
        var output = _output;
        var bits = _bits;
        var count = _count;
        var position = Position;
        for (; count >= 8; count -= 8)
        {
            output[position++] = (byte)bits;
            bits >>= 8;
        }

        foreach (var symbol in symbols)
        {
            var s = (int)(symbol & 0x1FF);
            var length = literalLengths[s];
            var value = (ulong)(literalCodes[s] | (((symbol >> 9) & 0x1F) << length));
            var total = length + lengthExtra[s];
            // A literal has no distance: its code (0) and length are masked away.
            var d = (int)((symbol >> 14) & 0x1F);
            var mask = 0UL - isLength[s];
            var distanceLength = distanceLengths[d];
            value |= ((distanceCodes[d] | ((ulong)(symbol >> 19) << distanceLength)) & mask) << total;
            total += (distanceLength + distanceExtra[d]) & (int)mask;
            bits |= value << count; // at most 7 + 20 + 28 bits
            count += total;
            BinaryPrimitives.WriteUInt64LittleEndian(output[position..], bits);
            position += count >> 3;
            bits >>= count & ~7;
            count &= 7;
        }

        _bits = bits;
        _count = count;
        Position = position;
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

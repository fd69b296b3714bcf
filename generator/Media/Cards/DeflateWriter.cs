using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Briefing.Media.Cards;

/// <summary>
/// Writes the symbols of a scan with a <see cref="DeflateCode"/>: Deflate's bit stream, packed from the least
/// significant bit, into a buffer that grows when <see cref="Reserve"/> asks (each store writes eight bytes).
/// </summary>
internal partial struct DeflateWriter : IDeflateSink
{
    // Bits copied at a time by Append: with up to 7 pending, they fit in one 64-bit store.
    internal const int ChunkBits = 48;
    private const ulong ChunkMask = (1UL << ChunkBits) - 1;

    private readonly DeflateCode _code;
    private ulong _bits;
    private int _count;

    // The last distance copied from (a card copies from one row back only) and its entry.
    private int _distance;
    private ulong _distanceEntry;

    public DeflateWriter(DeflateCode code, byte[] buffer, int position)
    {
        _code = code;
        Buffer = buffer;
        Position = position;
    }

    /// <summary>The output so far (it may have been replaced by a larger one).</summary>
    public byte[] Buffer { get; private set; }

    /// <summary>Whole bytes written so far (after <see cref="Flush"/>, all of them).</summary>
    public int Position { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Literal(byte value) => Put(_code.Literals[value]);

    /// <summary>
    /// Each byte as a literal, the bit buffer in locals (room for them reserved by the caller). Three literals (at most 15
    /// bits each) are joined before they are stored: with up to 7 bits pending, 52 bits fit one 64-bit store.
    /// </summary>
    public void Literal(ReadOnlySpan<byte> values)
    {
        const ulong codeMask = (1UL << DeflateCode.CountShift) - 1;
        var table = _code.Literals.AsSpan(0, 256);
        var buffer = Buffer.AsSpan();
        var (bits, count, position) = (_bits, _count, Position);
        var i = 0;
        for (; i <= values.Length - 3; i += 3)
        {
            var first = table[values[i]];
            var second = table[values[i + 1]];
            var third = table[values[i + 2]];
            var firstCount = (int)(first >> DeflateCode.CountShift);
            var twoCount = firstCount + (int)(second >> DeflateCode.CountShift);
            var joined = (first & codeMask) | ((second & codeMask) << firstCount) | ((third & codeMask) << twoCount);
            bits |= joined << count;
            count += twoCount + (int)(third >> DeflateCode.CountShift);
            BinaryPrimitives.WriteUInt64LittleEndian(buffer[position..], bits);
            position += count >> 3;
            bits >>= count & ~7;
            count &= 7;
        }

        for (; i < values.Length; i++)
        {
            var entry = table[values[i]];
            bits |= (entry & codeMask) << count;
            count += (int)(entry >> DeflateCode.CountShift);
            BinaryPrimitives.WriteUInt64LittleEndian(buffer[position..], bits);
            position += count >> 3;
            bits >>= count & ~7;
            count &= 7;
        }

        (_bits, _count, Position) = (bits, count, position);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void NearCopy(int length) => Put(_code.NearCopies[length]);

    public void Copy(int length, int distance)
    {
        if (distance != _distance)
        {
            (_distance, _distanceEntry) = (distance, _code.Distance(distance));
        }

        Put(_code.Lengths[length]);
        Put(_distanceEntry);
    }

    public void EndOfBlock() => Put(_code.EndOfBlock);

    public void Reserve(int bytes)
    {
        if (Position + bytes + 8 > Buffer.Length)
        {
            var larger = new byte[Math.Max(Buffer.Length * 2, Position + bytes + 8)];
            Buffer.AsSpan(0, Position).CopyTo(larger);
            Buffer = larger;
        }
    }

    /// <summary>Writes an entry of <see cref="DeflateCode"/>: up to 48 bits, their count above them. No branch: eight bytes stored each time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Put(ulong entry)
    {
        _bits |= (entry & ((1UL << DeflateCode.CountShift) - 1)) << _count;
        _count += (int)(entry >> DeflateCode.CountShift);
        BinaryPrimitives.WriteUInt64LittleEndian(Buffer.AsSpan(Position), _bits);
        Position += _count >> 3;
        _bits >>= _count & ~7;
        _count &= 7;
    }

    /// <summary>Bits written so far.</summary>
    public readonly long BitPosition => ((long)Position * 8) + _count;

    /// <summary>Writes <paramref name="count"/> bits packed from the least significant bit (and 8 bytes of room after them), 48 at a time.</summary>
    public void Append(byte[] bits, long count)
    {
        Reserve((int)(count / 8) + 16);
        var at = 0;
        for (; count >= ChunkBits; count -= ChunkBits, at += ChunkBits / 8)
        {
            Put((BinaryPrimitives.ReadUInt64LittleEndian(bits.AsSpan(at)) & ChunkMask) | ((ulong)ChunkBits << DeflateCode.CountShift));
        }

        if (count > 0)
        {
            Put((BinaryPrimitives.ReadUInt64LittleEndian(bits.AsSpan(at)) & ((1UL << (int)count) - 1)) | ((ulong)count << DeflateCode.CountShift));
        }
    }

    /// <summary>The bits written from <paramref name="from"/> to <see cref="BitPosition"/>, packed as <see cref="Append"/> takes them.</summary>
    public readonly byte[] BitsSince(long from)
    {
        var count = BitPosition - from;
        var bits = new byte[(count / 8) + 16];
        var packed = new DeflateWriter(_code, bits, 0);
        for (; count > 0; count -= ChunkBits, from += ChunkBits)
        {
            var take = (int)Math.Min(count, ChunkBits);
            var chunk = BinaryPrimitives.ReadUInt64LittleEndian(Buffer.AsSpan((int)(from / 8))) >> (int)(from % 8);
            packed.Put((chunk & ((1UL << take) - 1)) | ((ulong)take << DeflateCode.CountShift));
        }

        return bits;
    }

    /// <summary>Pads the last byte with zero bits.</summary>
    public void Flush()
    {
        if (_count > 0)
        {
            Buffer[Position++] = (byte)_bits;
            _bits = 0;
            _count = 0;
        }
    }
}

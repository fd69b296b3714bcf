using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Briefing.Media.Cards;

/// <summary>
/// Writes the symbols of a scan with a <see cref="DeflateCode"/>: Deflate's bit stream, packed from the least
/// significant bit, into a buffer that grows when <see cref="Reserve"/> asks (each store writes eight bytes).
/// </summary>
internal struct DeflateWriter : IDeflateSink
{
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

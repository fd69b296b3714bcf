using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Briefing.Media.Cards;

internal partial struct DeflateWriter
{
    /// <summary>
    /// A filtered row as <see cref="SparseDeflate"/>'s scan writes it (its first <paramref name="length"/> bytes; a nonzero
    /// byte after them, then zeros): the same symbols, but the bit buffer and the position in locals through the whole
    /// row, three literals joined to a store, and a run of zeros (most runs) one entry of <see cref="DeflateCode.ZeroRuns"/>.
    /// Room for twice the row's bytes reserved by the caller. Returns Adler-32's two sums (<paramref name="a"/> and
    /// <paramref name="b"/>, below its modulus) advanced over the row and reduced: a few operations a literal beside the
    /// bits, one multiplication a run (a separate pass over the row cost more: docs/performance.md, sixteenth session).
    /// </summary>
    public (ulong A, ulong B) Row(ReadOnlySpan<byte> row, int length, ulong a, ulong b) => Row(row, length, a, b, [], null);

    /// <summary>
    /// As <see cref="Row(ReadOnlySpan{byte}, int, ulong, ulong)"/>, the same bits, but where the row holds one of
    /// <paramref name="cores"/> (by position; those that overlap one used are skipped) exactly, with a zero before and
    /// after it, its precoded entries are appended and its sums added instead (<see cref="GlyphRows"/>): the bytes
    /// before it are scanned as a row that ends there, which writes the same symbols, as no run crosses a zero
    /// followed by a nonzero byte. The cores' records are in <paramref name="arena"/>.
    /// </summary>
    public (ulong A, ulong B) Row(ReadOnlySpan<byte> row, int length, ulong a, ulong b, ReadOnlySpan<PlacedCore> cores, GlyphArena? arena)
    {
        var records = arena is null ? [] : arena.Data.AsSpan();
        var literals = _code.Literals.AsSpan(0, 256);
        var nearCopies = _code.NearCopies.AsSpan(0, 259);
        var zeroRuns = _code.ZeroRuns.AsSpan(0, 260);
        var buffer = Buffer.AsSpan();
        var (bits, count, position) = (_bits, _count, Position);
        var next = NextCore(row, length, 0, cores, 0, records);
        var limit = next < cores.Length ? cores[next].Start : length;
        for (var i = 0; ;)
        {
            if (i == limit)
            {
                if (limit == length)
                {
                    break;
                }

                // The core, and while the next one follows after zeros only, those zeros as one run and it (no scan).
                for (; ; )
                {
                    var record = records[cores[next].Record..];
                    var core = MemoryMarshal.Read<RowCore>(record);
                    var entries = MemoryMarshal.Cast<byte, ulong>(record.Slice(RowCore.Size, core.EntryCount * 8));
                    Put(buffer, ref bits, ref count, ref position, entries[0]);
                    for (var e = 1; e < entries.Length; e++)
                    {
                        Put(buffer, ref bits, ref count, ref position, entries[e]);
                    }

                    b += ((ulong)core.Length * a) + core.Weighted;
                    a += core.Sum;
                    i = limit + core.Length;
                    next = NextCore(row, length, i, cores, next + 1, records);
                    limit = next < cores.Length ? cores[next].Start : length;
                    var gap = limit - i;
                    if (next == cores.Length || gap >= zeroRuns.Length || !Zeros(row, i, gap))
                    {
                        break;
                    }

                    Put(buffer, ref bits, ref count, ref position, zeroRuns[gap]);
                    b += (ulong)gap * a;
                }

                continue;
            }

            var run = SparseDeflate.NextRun(row, i, limit);
            for (; i <= run - 3; i += 3)
            {
                var (value0, value1, value2) = (row[i], row[i + 1], row[i + 2]);
                b += (3 * a) + (3UL * value0) + (2UL * value1) + value2;
                a += (ulong)value0 + value1 + value2;
                var first = literals[value0];
                var second = literals[value1];
                var third = literals[value2];
                var firstCount = (int)(first >> DeflateCode.CountShift);
                var twoCount = firstCount + (int)(second >> DeflateCode.CountShift);
                var joined = (first & CodeMask) | ((second & CodeMask) << firstCount) | ((third & CodeMask) << twoCount);
                Put(buffer, ref bits, ref count, ref position, joined | ((ulong)(twoCount + (int)(third >> DeflateCode.CountShift)) << DeflateCode.CountShift));
            }

            for (; i < run; i++)
            {
                a += row[i];
                b += a;
                Put(buffer, ref bits, ref count, ref position, literals[row[i]]);
            }

            if (i == limit)
            {
                continue;
            }

            var byte0 = row[i];
            var end = i + 4;
            if (byte0 == 0)
            {
                // Zeros are most of a row: skip 64 of them at a time while the buffer has room, then look for the next ink
                // a vector at a time (the byte after the row stops it).
                for (; end + (4 * Vector128<byte>.Count) <= row.Length; end += 4 * Vector128<byte>.Count)
                {
                    var any = Vector128.Create(row.Slice(end, Vector128<byte>.Count)) | Vector128.Create(row.Slice(end + 16, Vector128<byte>.Count))
                        | Vector128.Create(row.Slice(end + 32, Vector128<byte>.Count)) | Vector128.Create(row.Slice(end + 48, Vector128<byte>.Count));
                    if (any != Vector128<byte>.Zero)
                    {
                        break;
                    }
                }

                for (uint ink; ; end += Vector128<byte>.Count)
                {
                    ink = ~Vector128.Equals(Vector128.Create(row.Slice(end, Vector128<byte>.Count)), Vector128<byte>.Zero).ExtractMostSignificantBits() & 0xFFFF;
                    if (ink != 0)
                    {
                        end += BitOperations.TrailingZeroCount(ink);
                        break;
                    }
                }

                b += (ulong)(end - i) * a;
                if (end - i < zeroRuns.Length)
                {
                    Put(buffer, ref bits, ref count, ref position, zeroRuns[end - i]);
                    i = end;
                    continue;
                }
            }
            else
            {
                var other = row[end..limit].IndexOfAnyExcept(byte0);
                end = other < 0 ? limit : end + other;
                var n = (ulong)(end - i);
                b += (n * a) + (byte0 * n * (n + 1) / 2);
                a += byte0 * n;
            }

            // A literal, then copies from one byte back (SparseDeflate.Run; at least three bytes are left after the literal).
            Put(buffer, ref bits, ref count, ref position, literals[byte0]);
            for (var left = end - i - 1; left > 0;)
            {
                var piece = SparseDeflate.Piece(left);
                Put(buffer, ref bits, ref count, ref position, nearCopies[piece]);
                left -= piece;
            }

            i = end;
        }

        (_bits, _count, Position) = (bits, count, position);
        return (a % 65521, b % 65521);
    }

    /// <summary>The first of <paramref name="cores"/> from <paramref name="next"/> on that starts at or after <paramref name="from"/> and that the row holds, with a zero on each side; or their count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextCore(ReadOnlySpan<byte> row, int length, int from, ReadOnlySpan<PlacedCore> cores, int next, ReadOnlySpan<byte> records)
    {
        for (; next < cores.Length; next++)
        {
            var (start, at) = (cores[next].Start, cores[next].Record);
            var core = MemoryMarshal.Read<RowCore>(records[at..]);
            var end = start + core.Length;
            if (start > from && end < length && row[start - 1] == 0 && row[end] == 0
                && Same(row, start, records, at + RowCore.Size + (core.EntryCount * 8), core.Length))
            {
                return next;
            }
        }

        return next;
    }

    /// <summary>Whether the <paramref name="count"/> bytes of <paramref name="row"/> from <paramref name="at"/> are zeros (15 bytes after them are read).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Zeros(ReadOnlySpan<byte> row, int at, int count)
    {
        for (; count >= Vector128<byte>.Count; at += Vector128<byte>.Count, count -= Vector128<byte>.Count)
        {
            if (Vector128.Create(row.Slice(at, Vector128<byte>.Count)) != Vector128<byte>.Zero)
            {
                return false;
            }
        }

        var ink = ~Vector128.Equals(Vector128.Create(row.Slice(at, Vector128<byte>.Count)), Vector128<byte>.Zero).ExtractMostSignificantBits();
        return (ink & ((1u << count) - 1)) == 0;
    }

    /// <summary>Whether the <paramref name="count"/> bytes of <paramref name="row"/> from <paramref name="at"/> are those of <paramref name="bytes"/> from <paramref name="from"/> (15 bytes after each are read).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Same(ReadOnlySpan<byte> row, int at, ReadOnlySpan<byte> bytes, int from, int count)
    {
        for (; count >= Vector128<byte>.Count; at += Vector128<byte>.Count, from += Vector128<byte>.Count, count -= Vector128<byte>.Count)
        {
            if (Vector128.Create(row.Slice(at, Vector128<byte>.Count)) != Vector128.Create(bytes.Slice(from, Vector128<byte>.Count)))
            {
                return false;
            }
        }

        var differ = ~Vector128.Equals(Vector128.Create(row.Slice(at, Vector128<byte>.Count)), Vector128.Create(bytes.Slice(from, Vector128<byte>.Count))).ExtractMostSignificantBits();
        return (differ & ((1u << count) - 1)) == 0;
    }

    /// <summary>A copy of <paramref name="length"/> ≥ 3 bytes from <paramref name="distance"/> back, in pieces as <see cref="SparseDeflate.Piece"/> cuts it (equal rows).</summary>
    public void Copies(int length, int distance)
    {
        if (distance != _distance)
        {
            (_distance, _distanceEntry) = (distance, _code.Distance(distance));
        }

        var lengths = _code.Lengths.AsSpan(0, 259);
        var full = DeflateCode.Then(lengths[258], _distanceEntry);
        Reserve((length / 258 * 8) + 16);
        var buffer = Buffer.AsSpan();
        var (bits, count, position) = (_bits, _count, Position);
        if ((int)(full >> DeflateCode.CountShift) <= 28)
        {
            // Two pieces of 258 as one entry (at most 56 bits: the buffer's 64 minus the 7 that may be pending) while at
            // least 3 bytes are left after them: the pieces SparseDeflate.Piece cuts, two at a time.
            var pair = DeflateCode.Then(full, full);
            for (; length >= (2 * 258) + 3; length -= 2 * 258)
            {
                Put(buffer, ref bits, ref count, ref position, pair);
            }
        }

        for (; length > 0;)
        {
            var piece = SparseDeflate.Piece(length);
            Put(buffer, ref bits, ref count, ref position, piece == 258 ? full : DeflateCode.Then(lengths[piece], _distanceEntry));
            length -= piece;
        }

        (_bits, _count, Position) = (bits, count, position);
    }

    private const ulong CodeMask = (1UL << DeflateCode.CountShift) - 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put(Span<byte> buffer, ref ulong bits, ref int count, ref int position, ulong entry)
    {
        bits |= (entry & CodeMask) << count;
        count += (int)(entry >> DeflateCode.CountShift);
        BinaryPrimitives.WriteUInt64LittleEndian(buffer[position..], bits);
        position += count >> 3;
        bits >>= count & ~7;
        count &= 7;
    }
}

using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Briefing.Media.Cards;

/// <summary>
/// The zlib stream (RFC 1950) of an indexed image's rows, each filtered with PNG's "Up" filter (the first with "None"),
/// as one dynamic-Huffman Deflate block written here rather than by zlib. A card's filtered rows are zeros with sparse
/// ink, so the encoder works in runs: a row equal to the row above is not even filtered (a run of them is copied whole
/// from one row back), a run of one byte repeated four times or more (most often zeros) is that byte and a copy from
/// one byte back (what zlib's run-length strategy finds), and every other byte a literal. The runs go straight to a
/// <see cref="DeflateWriter"/> with a code given in advance (a card's: one per build, made by <see cref="SocialCards"/>),
/// or, for an image on its own, are counted first to make its code. The bytes depend only on the pixels and the code.
/// One encoder per thread: it keeps its buffers from image to image.
/// </summary>
internal sealed partial class SparseDeflate
{
    /// <summary>The longest row (plus its filter byte) that a run of equal rows can be copied across.</summary>
    public const int MaxStride = 32767;

    /// <summary>zlib's Adler-32 checksum of the filtered bytes is kept as its two sums, modulo this.</summary>
    private const ulong AdlerModulus = 65521;

    /// <summary>The filter byte and the filtered row, then a nonzero byte (where a search for ink stops) and zeros, room to read past it.</summary>
    private byte[] _row = [];
    private byte[] _output = new byte[32 * 1024];
    private ulong _adlerA;
    private ulong _adlerB;

    /// <summary>The zlib stream of <paramref name="pixels"/> (rows of <paramref name="stride"/> ≤ <see cref="MaxStride"/> bytes), with a code made for them.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> pixels, int stride, int height)
    {
        var deflate = new SparseDeflate();
        return deflate.Compress(pixels, stride, height, [], deflate.Count(pixels, stride, height, []).Code()).ToArray();
    }

    /// <summary>
    /// The zlib stream of <paramref name="pixels"/> written with <paramref name="code"/>, which must have a code for every
    /// symbol they need (a code made by <see cref="Count"/> of them, or one with every symbol). Valid until the next call.
    /// </summary>
    /// <param name="equalRows">Optional, by row: nonzero where the caller knows the row equals the one above (not compared again).</param>
    public ReadOnlySpan<byte> Compress(ReadOnlySpan<byte> pixels, int stride, int height, ReadOnlySpan<byte> equalRows, DeflateCode code) =>
        Compress(pixels, stride, height, equalRows, code, [], null, null);

    /// <summary>How often each symbol would be used to write <paramref name="pixels"/>.</summary>
    public DeflateCounter Count(ReadOnlySpan<byte> pixels, int stride, int height, ReadOnlySpan<byte> equalRows)
    {
        var counter = new DeflateCounter();
        Scan(ref counter, pixels, stride, height, equalRows);
        return counter;
    }

    private void Scan<TSink>(ref TSink sink, ReadOnlySpan<byte> pixels, int stride, int height, ReadOnlySpan<byte> equalRows)
        where TSink : struct, IDeflateSink
    {
        Start(stride);
        var equal = 0;
        Rows(ref sink, pixels, stride, 0, height, equalRows, null, ref equal);
        EqualRows(ref sink, equal, stride);
        sink.Reserve(8);
        sink.EndOfBlock();
    }

    /// <summary>Makes room for a filtered row and starts the Adler-32 sums.</summary>
    private void Start(int stride)
    {
        if (_row.Length < stride + 1 + (2 * Vector128<byte>.Count))
        {
            _row = new byte[stride + 1 + (2 * Vector128<byte>.Count)];
        }

        _row[stride + 1] = 1;
        (_adlerA, _adlerB) = (1, 0);
    }

    private static bool EqualsAbove(ReadOnlySpan<byte> pixels, int stride, int y, ReadOnlySpan<byte> equalRows) =>
        (y < equalRows.Length && equalRows[y] != 0) || pixels.Slice(y * stride, stride).SequenceEqual(pixels.Slice((y - 1) * stride, stride));

    /// <summary>
    /// Rows [<paramref name="from"/>, <paramref name="to"/>); <paramref name="equal"/> counts the rows equal to the one above not written yet.
    /// Written (not counted), the <paramref name="cores"/> of each row that it holds are appended precoded (same bits).
    /// </summary>
    private void Rows<TSink>(ref TSink sink, ReadOnlySpan<byte> pixels, int stride, int from, int to, ReadOnlySpan<byte> equalRows, GlyphCores? cores, ref int equal)
        where TSink : struct, IDeflateSink
    {
        var length = stride + 1;
        var row = _row.AsSpan();
        for (var y = from; y < to; y++)
        {
            var current = pixels.Slice(y * stride, stride);
            if (y > 0 && EqualsAbove(pixels, stride, y, equalRows))
            {
                equal++;
                continue;
            }

            EqualRows(ref sink, equal, stride);
            equal = 0;
            row[0] = (byte)(y == 0 ? 0 : 2); // None, then Up
            if (y == 0)
            {
                current.CopyTo(row[1..]);
            }
            else
            {
                PngEncoder.Subtract(current, pixels.Slice((y - 1) * stride, stride), row[1..]);
            }

            sink.Reserve(2 * length); // a literal takes at most 15 bits, a copy of three bytes or more at most 48
            if (typeof(TSink) == typeof(DeflateWriter))
            {
                // The same symbols as Row's, written with the bit buffer in locals, and the Adler-32 sums (DeflateWriter.Row.cs).
                (_adlerA, _adlerB) = Unsafe.As<TSink, DeflateWriter>(ref sink).Row(row, length, _adlerA, _adlerB, cores is null ? [] : cores.Row(y), cores?.Arena);
            }
            else
            {
                Row(ref sink, row, length); // counted: no checksum
            }
        }
    }

    /// <summary><paramref name="rows"/> rows of "Up, zeros": the first as a literal and zeros, the others copied from one row back.</summary>
    private void EqualRows<TSink>(ref TSink sink, int rows, int stride)
        where TSink : struct, IDeflateSink
    {
        if (rows == 0)
        {
            return;
        }

        var copied = (rows - 1) * (stride + 1);
        sink.Reserve((2 * (stride + 1)) + (6 * ((copied / 258) + 1)) + 16);
        sink.Literal(2);
        Run(ref sink, 0, stride);
        if (typeof(TSink) == typeof(DeflateWriter) && copied >= 3)
        {
            Unsafe.As<TSink, DeflateWriter>(ref sink).Copies(copied, stride + 1); // the same pieces, in locals
            copied = 0;
        }

        for (; copied > 0;)
        {
            if (copied < 3)
            {
                // one more row of a single pixel: too short to copy
                sink.Literal(2);
                sink.Literal(0);
                break;
            }

            var piece = Piece(copied);
            sink.Copy(piece, stride + 1);
            copied -= piece;
        }

        // Each row, 2 then stride zeros, adds 2 to a and (stride + 1) × a (after the 2) to b: over k rows,
        // a + 2k and b + (stride + 1) × (k × a + k × (k + 1)).
        var k = (ulong)rows;
        _adlerB = (_adlerB + ((ulong)(stride + 1) * (((k * _adlerA) + (k * (k + 1))) % AdlerModulus))) % AdlerModulus;
        _adlerA = (_adlerA + (2 * k)) % AdlerModulus;
    }

    /// <summary>
    /// A filtered row (its first <paramref name="length"/> bytes; a nonzero byte after them, then zeros) as runs of one
    /// byte: a run of four or more is a literal and copies from one byte back, every other byte a literal. The next run
    /// of four is found sixteen positions at a time, and the bytes before it are written as literals in one go.
    /// </summary>
    private static void Row<TSink>(ref TSink sink, ReadOnlySpan<byte> row, int length)
        where TSink : struct, IDeflateSink
    {
        var writer = sink; // a local copy, whose fields can stay in registers
        for (var i = 0; i < length;)
        {
            var run = NextRun(row, i, length);
            if (run > i)
            {
                writer.Literal(row[i..run]);

                i = run;
                if (i == length)
                {
                    break;
                }
            }

            var byte0 = row[i];
            var end = i + 4;
            if (byte0 == 0)
            {
                // Zeros are most of a row: look for the next ink a vector at a time (the byte after the row stops it).
                for (uint ink; ; end += Vector128<byte>.Count)
                {
                    ink = ~Vector128.Equals(Vector128.Create(row.Slice(end, Vector128<byte>.Count)), Vector128<byte>.Zero).ExtractMostSignificantBits() & 0xFFFF;
                    if (ink != 0)
                    {
                        end += BitOperations.TrailingZeroCount(ink);
                        break;
                    }
                }
            }
            else
            {
                var other = row[end..length].IndexOfAnyExcept(byte0);
                end = other < 0 ? length : end + other;
            }

            Run(ref writer, byte0, end - i);
            i = end;
        }

        sink = writer;
    }

    /// <summary>Where the next run of four equal bytes that ends within the row starts, from <paramref name="i"/> on, or <paramref name="length"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int NextRun(ReadOnlySpan<byte> row, int i, int length)
    {
        for (; i <= length - 4; i += Vector128<byte>.Count)
        {
            var first = Vector128.Create(row.Slice(i, Vector128<byte>.Count));
            var second = Vector128.Create(row.Slice(i + 1, Vector128<byte>.Count));
            var third = Vector128.Create(row.Slice(i + 2, Vector128<byte>.Count));
            var fourth = Vector128.Create(row.Slice(i + 3, Vector128<byte>.Count));
            var runs = (Vector128.Equals(first, second) & Vector128.Equals(second, third) & Vector128.Equals(third, fourth)).ExtractMostSignificantBits();
            if (runs != 0)
            {
                var run = i + BitOperations.TrailingZeroCount(runs);
                return run <= length - 4 ? run : length;
            }
        }

        return length;
    }

    /// <summary><paramref name="count"/> bytes of <paramref name="value"/>: a literal, then a copy from one byte back when that saves.</summary>
    private static void Run<TSink>(ref TSink sink, byte value, int count)
        where TSink : struct, IDeflateSink
    {
        sink.Literal(value);
        count--;
        if (count < 3)
        {
            for (; count > 0; count--)
            {
                sink.Literal(value);
            }

            return;
        }

        while (count > 0)
        {
            var piece = Piece(count);
            sink.NearCopy(piece);
            count -= piece;
        }
    }

    /// <summary>The next piece (3–258 bytes) of a copy of <paramref name="length"/> ≥ 3 bytes, leaving no piece shorter than 3.</summary>
    internal static int Piece(int length) => length <= 258 ? length : length - 258 < 3 ? length - 3 : 258;
}

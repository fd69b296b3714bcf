using System.Buffers;

namespace Briefing.Media.Cards;

/// <summary>
/// The zlib stream (RFC 1950) of an indexed card's rows, each filtered with PNG's "Up" filter (the first with "None"),
/// as one dynamic-Huffman Deflate block written here rather than by zlib. A card's filtered rows are zeros with sparse
/// ink, so the encoder works in stretches found vectorized: a row equal to the row above is not even filtered (a run of
/// them is copied whole from one row back), a stretch of zeros or of one repeated byte is a copy from one byte back
/// (what zlib's run-length strategy finds), and every other byte a literal. One pass turns the rows into symbols and
/// counts them, a second writes them with a Huffman code made for these counts. The bytes depend only on the pixels.
/// </summary>
internal sealed partial class SparseDeflate
{
    private const int EndOfBlock = 256;

    /// <summary>zlib's Adler-32 checksum of the filtered bytes is kept as its two sums, modulo this.</summary>
    private const ulong AdlerModulus = 65521;

    private readonly int[] _literalCounts = new int[286];
    private readonly int[] _distanceCounts = new int[30];
    private uint[] _symbols = ArrayPool<uint>.Shared.Rent(64 * 1024);
    private int _count;
    private bool _lastWasZero;
    private ulong _adlerA = 1;
    private ulong _adlerB;

    /// <summary>The longest row (plus its filter byte) that a run of equal rows can be copied across.</summary>
    public const int MaxStride = 32767;

    private SparseDeflate()
    {
    }

    /// <summary>The zlib stream of <paramref name="pixels"/> (rows of <paramref name="stride"/> ≤ <see cref="MaxStride"/> bytes).</summary>
    public static byte[] Compress(ReadOnlySpan<byte> pixels, int stride, int height)
    {
        var deflate = new SparseDeflate();
        try
        {
            deflate.Rows(pixels, stride, height);
            return deflate.Write();
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(deflate._symbols);
        }
    }

    private void Rows(ReadOnlySpan<byte> pixels, int stride, int height)
    {
        var row = new byte[1 + stride];
        var equalRows = 0;
        for (var y = 0; y < height; y++)
        {
            var current = pixels.Slice(y * stride, stride);
            if (y > 0 && current.SequenceEqual(pixels.Slice((y - 1) * stride, stride)))
            {
                equalRows++;
                continue;
            }

            EqualRows(equalRows, stride);
            equalRows = 0;
            row[0] = (byte)(y == 0 ? 0 : 2); // None, then Up
            if (y == 0)
            {
                current.CopyTo(row.AsSpan(1));
            }
            else
            {
                PngEncoder.Subtract(current, pixels.Slice((y - 1) * stride, stride), row.AsSpan(1));
            }

            Row(row);
        }

        EqualRows(equalRows, stride);
        Room(1);
        Add(EndOfBlock);
    }

    /// <summary><paramref name="rows"/> rows of "Up, zeros": the first as a literal and zeros, the others copied from one row back.</summary>
    private void EqualRows(int rows, int stride)
    {
        if (rows == 0)
        {
            return;
        }

        Room(stride + 2 + ((rows - 1) * (stride + 1) / 258) + 2);
        Add(2);
        _lastWasZero = false;
        Zeros(stride);
        var d = DistanceBase.Length - 1;
        while (DistanceBase[d] > stride + 1)
        {
            d--;
        }

        var copied = (rows - 1) * (stride + 1);
        if (copied >= 3)
        {
            Copy(copied, ((uint)d << 14) | ((uint)(stride + 1 - DistanceBase[d]) << 19), d);
        }
        else if (copied > 0)
        {
            Add(2); // one more row of a single pixel: too short to copy
            Add(0);
        }

        for (var i = 0; i < rows; i++)
        {
            _adlerA += 2;
            _adlerB += _adlerA + (_adlerA * (ulong)stride);
            _adlerA %= AdlerModulus;
            _adlerB %= AdlerModulus;
        }
    }

    /// <summary>A filtered row: stretches of zeros found vectorized, the ink between them byte by byte.</summary>
    private void Row(ReadOnlySpan<byte> row)
    {
        Room(row.Length + 2); // a stretch of n bytes never takes more than n symbols
        var a = _adlerA;
        var b = _adlerB;
        for (var i = 0; i < row.Length;)
        {
            if (row[i] == 0)
            {
                var zeros = row[(i + 1)..].IndexOfAnyExcept((byte)0);
                var length = zeros < 0 ? row.Length - i : zeros + 1;
                b += a * (ulong)length;
                Zeros(length);
                i += length;
                continue;
            }

            var ink = row[i..].IndexOf((byte)0);
            var stretch = row.Slice(i, ink < 0 ? row.Length - i : ink);
            foreach (var value in stretch)
            {
                a += value;
                b += a;
            }

            Ink(stretch);
            i += stretch.Length;
        }

        _adlerA = a % AdlerModulus;
        _adlerB = b % AdlerModulus;
    }

    /// <summary>Bytes that are not zeros: literals, but a byte repeated four times or more is a literal and a copy.</summary>
    private void Ink(ReadOnlySpan<byte> stretch)
    {
        var symbols = _symbols.AsSpan();
        var counts = _literalCounts.AsSpan();
        var count = _count;
        for (var k = 0; k < stretch.Length;)
        {
            var value = stretch[k];
            symbols[count++] = value;
            counts[value]++;
            var same = 1;
            while (k + same < stretch.Length && stretch[k + same] == value)
            {
                same++;
            }

            if (same > 3)
            {
                _count = count;
                Copy(same - 1, 0, 0);
                count = _count;
                k += same;
            }
            else
            {
                k++;
            }
        }

        _count = count;
        _lastWasZero = false;
    }

    /// <summary>A stretch of zeros: copied from one byte back, after a literal zero unless the last byte was one.</summary>
    private void Zeros(int length)
    {
        if (!_lastWasZero)
        {
            Add(0);
            length--;
            _lastWasZero = true;
        }

        if (length >= 3)
        {
            Copy(length, 0, 0);
            return;
        }

        for (var k = 0; k < length; k++)
        {
            Add(0);
        }
    }

    /// <summary>A copy of <paramref name="length"/> ≥ 3 bytes, in pieces of 3–258, from the distance given by its code <paramref name="distanceCode"/> (and <paramref name="distancePart"/>, the code and extra bits as a symbol holds them).</summary>
    private void Copy(int length, uint distancePart, int distanceCode)
    {
        while (length > 0)
        {
            var piece = length <= 258 ? length : length - 258 < 3 ? length - 3 : 258;
            var code = LengthCodeOf[piece - 3];
            Add((uint)(257 + code) | ((uint)(piece - LengthBase[code]) << 9) | distancePart);
            _distanceCounts[distanceCode]++;
            length -= piece;
        }
    }

    /// <summary>Makes room for <paramref name="more"/> symbols, so that <see cref="Add"/> need not check.</summary>
    private void Room(int more)
    {
        if (_count + more > _symbols.Length)
        {
            var larger = ArrayPool<uint>.Shared.Rent(Math.Max(_symbols.Length * 2, _count + more));
            _symbols.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<uint>.Shared.Return(_symbols);
            _symbols = larger;
        }
    }

    private void Add(uint symbol)
    {
        _symbols[_count++] = symbol;
        _literalCounts[symbol & 0x1FF]++;
    }
}

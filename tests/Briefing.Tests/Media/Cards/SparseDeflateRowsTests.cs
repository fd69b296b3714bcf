using Briefing.Media.Cards;
using Briefing.Tests.Support;

namespace Briefing.Tests.Media.Cards;

/// <summary>
/// The row writer of the sixteenth session (<see cref="DeflateWriter.Row"/>: the bit buffer in locals, a run of zeros one
/// entry, equal rows' copies in locals) and the Adler-32 summed over whole rows: images with runs of every length decode
/// (System.IO.Compression checks the Adler-32) to their pixels, with their own code (counted by the generic scan, so a
/// symbol the writer used and the scan did not count would not decode) and with a code for every symbol.
/// </summary>
public sealed class SparseDeflateRowsTests
{
    private static readonly uint[] Palette = [.. Enumerable.Range(0, 256).Select(i => (uint)((i * 0x030201) & 0xFFFFFF))];

    private static (ulong A, ulong B) Reference(ReadOnlySpan<byte> data, ulong a, ulong b)
    {
        foreach (var value in data)
        {
            a = (a + value) % 65521;
            b = (b + a) % 65521;
        }

        return (a, b);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(33)]
    [InlineData(1201)]
    [InlineData(9000)] // more than one block of 256 pieces of 32 bytes
    [InlineData(40000)]
    public void AdlerOverARow_IsAdlerByteByByte(int length)
    {
        var random = new Random(length);
        var data = new byte[length];
        random.NextBytes(data);
        var ones = Enumerable.Repeat((byte)255, length).ToArray(); // the largest sums
        var above = new byte[length];
        random.NextBytes(above);
        var filtered = data.Select((d, i) => (byte)(d - above[i])).ToArray();
        var into = new byte[length];

        Assert.Equal(Reference(data, 1, 0), SparseDeflate.Adler(data, 1, 0));
        Assert.Equal(Reference(ones, 65520, 65520), SparseDeflate.Adler(ones, 65520, 65520));
        Assert.Equal(Reference(filtered, 12345, 54321), SparseDeflate.Adler(data, above, into, 12345, 54321));
        Assert.Equal(filtered, into);
    }

    [Theory]
    [InlineData(1200)]
    [InlineData(700)]
    [InlineData(37)]
    public void RunsOfEveryLength_AndRowsEqualToTheOneAbove_Decode(int width)
    {
        // Ink pixels with runs of zeros of every length from 1 to 600 between them, runs of other bytes, rows equal to the
        // one above (one, two, many in a row), a blank row, and rows that end in a run.
        var rows = new List<byte[]>();
        var run = 1;
        var random = new Random(width);
        for (var y = 0; y < 60; y++)
        {
            var row = new byte[width];
            if (y % 5 == 3)
            {
                rows.Add((byte[])rows[^1].Clone());
                continue;
            }

            for (var x = 0; x < width && y % 11 != 7;)
            {
                row[x] = (byte)(1 + random.Next(40));
                x += 1 + run;
                run = run % 600 + 1;
                if (y % 3 == 0 && x + 7 < width)
                {
                    row.AsSpan(x, 7).Fill((byte)(50 + y));
                    x += 8;
                }
            }

            rows.Add(row);
            if (y % 13 == 0)
            {
                for (var copies = y % 4; copies > 0; copies--)
                {
                    rows.Add((byte[])row.Clone());
                }
            }
        }

        var pixels = rows.SelectMany(r => r).ToArray();
        var height = rows.Count;

        Assert.Equal(pixels, PngFile.Pixels(PngEncoder.EncodeIndexed(pixels, width, height, Palette), width, height));
        var deflate = new SparseDeflate();
        var zlib = deflate.Compress(pixels, width, height, [], deflate.Count(new byte[width * 3], width, 3, []).CodeForAll()).ToArray();
        Assert.Equal(pixels, PngFile.Pixels(PngEncoder.Indexed(zlib, width, height, Palette), width, height));
    }
}

using Briefing.Media.Cards;
using Briefing.Tests.Support;

namespace Briefing.Tests.Media.Cards;

/// <summary>
/// The row writer of the sixteenth session (<see cref="DeflateWriter.Row"/>: the bit buffer in locals, a run of zeros one
/// entry, equal rows' copies in locals, the Adler-32 sums beside the symbols): images with runs of every length decode
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
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(1201)]
    [InlineData(9000)]
    [InlineData(32768)]
    public void TheRowWritersAdlerSums_AreAdlerByteByByte(int length)
    {
        // Literals, runs of zeros (short, long, past 259), runs of other bytes, the largest bytes, a run at the row's end.
        var random = new Random(length);
        var row = new byte[length + 1 + 32];
        for (var x = 0; x < length;)
        {
            var kind = random.Next(4);
            var n = Math.Min(length - x, kind == 1 ? random.Next(1, 700) : random.Next(1, 9));
            row.AsSpan(x, n).Fill(kind switch { 0 => (byte)random.Next(256), 1 => 0, 2 => 255, _ => (byte)random.Next(1, 4) });
            if (kind == 0)
            {
                random.NextBytes(row.AsSpan(x, n));
            }

            x += n;
        }

        row[length] = 1; // the stop byte after the row
        var code = new SparseDeflate().Count(new byte[64], 8, 8, []).CodeForAll();
        var writer = new DeflateWriter(code, new byte[(3 * length) + 64], 0);

        Assert.Equal(Reference(row.AsSpan(0, length), 1, 0), writer.Row(row, length, 1, 0));
        Assert.Equal(Reference(row.AsSpan(0, length), 65520, 65520), writer.Row(row, length, 65520, 65520));
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

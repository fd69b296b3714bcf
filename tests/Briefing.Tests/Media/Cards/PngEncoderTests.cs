using Briefing.Media.Cards;
using Briefing.Model;
using Briefing.Tests.Support;
using SkiaSharp;

namespace Briefing.Tests.Media.Cards;

/// <summary>
/// The indexed cards' own Deflate encoder (<see cref="SparseDeflate"/>): every card it writes decodes, by independent
/// decoders (zlib through System.IO.Compression, which checks the Adler-32; Skia's PNG decoder), to exactly the
/// painted pixels, and to the same colours as zlib's encoding of the same pixels.
/// </summary>
public sealed class PngEncoderTests
{
    private static readonly uint[] Palette = [.. Enumerable.Range(0, 256).Select(i => (uint)((i * 0x010203) & 0xFFFFFF))];

    public static TheoryData<string, string, string, string> Layouts => new()
    {
        { "Briefing", "OpenAI hires", "26 June 2025", "OpenAI" },
        { "Briefing", "AWS loses generative-AI chief Vasi Philomin to a start-up after twelve years", "26 June 2025", "Amazon Web Services, OpenAI" },
        { "Person", "A title long enough to take three lines of the card at its smallest size, with words and more words", "", "Anthropic" },
        { "Company", "Four lines: a very long title that goes on and on about who left which laboratory for which other laboratory and why it matters to anyone who follows", "1 January 2024", "" },
        { "Briefing", "智源研究院首席科学家加入深度求索，负责大模型预训练", "3 March 2025", "智源智能, DeepSeek" },
        { "", "", "", "" },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void ARealCard_DecodesToItsPaintedIndices_AndToTheSameColoursAsZLibsEncoding(string label, string title, string date, string companies)
    {
        using var cards = Cards();
        using var painter = cards.Painter();
        var (width, height) = (cards.Layout.Width, cards.Layout.Height);

        var png = painter.Paint(new CardContent(label, title, date, companies, "Talent Briefing"));
        var indices = painter.Indices.ToArray();

        Assert.Equal(indices, PngFile.Pixels(png, width, height));
        using var ours = SKBitmap.Decode(png);
        using var zlibs = SKBitmap.Decode(PngFile.WithZLibData(png, indices, width, height));
        Assert.True(ours.GetPixelSpan().SequenceEqual(zlibs.GetPixelSpan()), "Skia decodes the card to other colours than zlib's encoding of the same indices");
    }

    [Fact]
    public void ACard_IsTheSameBytes_EveryTimeItIsPainted()
    {
        using var cards = Cards();
        using var first = cards.Painter();
        using var second = cards.Painter();
        var content = new CardContent("Briefing", "AWS loses generative-AI chief Vasi Philomin", "26 June 2025", "Amazon", "Talent Briefing");

        var bytes = first.Paint(content);
        second.Paint(content with { Title = "Something else first" });

        Assert.Equal(bytes, second.Paint(content));
        Assert.Equal(bytes, first.Paint(content));
    }

    public static TheoryData<string, int, int> Images => new()
    {
        { "blank", 1200, 630 },
        { "one pixel", 1, 1 },
        { "one column", 1, 40 },
        { "two columns", 2, 7 },
        { "noise", 300, 200 },
        { "runs across 258", 1000, 9 },
        { "sparse ink", 1200, 300 },
        { "widest row copied", SparseDeflate.MaxStride, 4 },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void AnIndexedImage_DecodesToItsIndices(string kind, int width, int height)
    {
        var indices = Image(kind, width, height);

        var png = PngEncoder.EncodeIndexed(indices, width, height, Palette);

        Assert.Equal(indices, PngFile.Pixels(png, width, height));
        using var decoded = SKBitmap.Decode(png);
        Assert.Equal(Palette[indices[^1]] | 0xFF000000, (uint)decoded.GetPixel(width - 1, height - 1));
    }

    [Fact]
    public void SkewedCounts_GetAHuffmanCodeNoLongerThanDeflatesLimit_ThatIsComplete()
    {
        // Fibonacci counts would make a plain Huffman code 30 bits deep.
        var counts = new int[286];
        for (int i = 0, a = 1, b = 1; i < 30; i++, (a, b) = (b, a + b))
        {
            counts[i] = a;
        }

        var code = HuffmanCode.Build(counts, 15);

        Assert.All(code.Lengths.Take(30), length => Assert.InRange(length, 1, 15));
        Assert.Equal(1.0, code.Lengths.Where(l => l > 0).Sum(l => Math.Pow(2, -l)), 9);
    }

    [Fact]
    public void SkewedBytes_StillDecode()
    {
        // One row of bytes with Fibonacci frequencies, shuffled: the literal code must be limited to 15 bits.
        var bytes = new List<byte>();
        for (int value = 1, a = 1, b = 1; bytes.Count + b < SparseDeflate.MaxStride; value++, (a, b) = (b, a + b))
        {
            bytes.AddRange(Enumerable.Repeat((byte)value, a));
        }

        var row = bytes.ToArray();
        new Random(18).Shuffle(row);

        Assert.Equal(row, PngFile.Pixels(PngEncoder.EncodeIndexed(row, row.Length, 1, Palette), row.Length, 1));
    }

    private static byte[] Image(string kind, int width, int height)
    {
        var random = new Random(kind.Length);
        var pixels = new byte[width * height];
        switch (kind)
        {
            case "noise":
                random.NextBytes(pixels);
                break;
            case "runs across 258":
                // Runs of equal bytes and of zeros of every length around Deflate's longest copy.
                for (var y = 0; y < height; y++)
                {
                    var value = (byte)(y % 3);
                    for (var x = 0; x < width; x++)
                    {
                        pixels[(y * width) + x] = x < 255 + y ? value : (byte)(value + 1);
                    }
                }

                break;
            case "sparse ink":
                for (var i = 0; i < 2000; i++)
                {
                    pixels[random.Next(pixels.Length)] = (byte)random.Next(1, 256);
                }

                break;
            case "two columns" or "one column":
                for (var y = 0; y < height; y += 3)
                {
                    pixels[y * width] = (byte)y;
                }

                break;
            case "widest row copied":
                pixels.AsSpan(0, width).Fill(7);
                pixels.AsSpan(width, width).Fill(7);
                pixels.AsSpan(2 * width, width).Fill(9);
                pixels.AsSpan(3 * width, width).Fill(9);
                break;
        }

        return pixels;
    }

    private static SocialCards Cards()
    {
        var diagnostics = new List<Diagnostic>();
        var cards = SocialCards.Load(RepoPaths.Theme, "themes/briefing", diagnostics);
        Assert.Empty(diagnostics);
        return cards!;
    }
}

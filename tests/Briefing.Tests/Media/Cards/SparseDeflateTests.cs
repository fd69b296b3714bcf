using Briefing.Media.Cards;
using Briefing.Model;
using Briefing.Tests.Support;

namespace Briefing.Tests.Media.Cards;

/// <summary>
/// The Deflate code every indexed card of a build is written with (<see cref="SocialCards"/>: made once from a fixed
/// reference card, with a code for every symbol): any image decodes with it, and a card's bytes do not depend on the
/// build, the painter or the cards drawn before it.
/// </summary>
public sealed class SparseDeflateTests
{
    private static readonly uint[] Palette = [.. Enumerable.Range(0, 256).Select(i => (uint)((i * 0x030201) & 0xFFFFFF))];

    [Theory]
    [InlineData("noise", 300, 200)]
    [InlineData("one pixel", 1, 1)]
    [InlineData("runs", 1000, 9)]
    public void ACodeWithEverySymbol_WritesAnImageItWasNotMadeFrom(string kind, int width, int height)
    {
        var random = new Random(kind.Length);
        var pixels = new byte[width * height];
        if (kind == "noise")
        {
            random.NextBytes(pixels);
        }
        else
        {
            for (var i = 0; i < pixels.Length; i++)
            {
                pixels[i] = (byte)(i / 300 % 5);
            }
        }

        // Shaped by a blank image (zeros and row copies only), yet every literal and length has a code.
        var deflate = new SparseDeflate();
        var code = deflate.Count(new byte[1200 * 630], 1200, 630, []).CodeForAll();
        var zlib = deflate.Compress(pixels, width, height, [], code).ToArray();

        Assert.Equal(pixels, PngFile.Pixels(PngEncoder.Indexed(zlib, width, height, Palette), width, height));
    }

    [Theory]
    [InlineData(new byte[] { 1, 1, 1 })]
    [InlineData(new byte[] { 1, 1, 1, 1 })]
    [InlineData(new byte[] { 5, 0, 0, 0, 0, 7, 1, 1, 1 })]
    [InlineData(new byte[] { 9, 9, 9, 9, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 4, 4, 4, 4, 1, 1 })]
    public void RunsAtTheEndOfARow_AreWrittenWithinIt(byte[] row)
    {
        // The row twice: the first unfiltered, the second "Up" (all zeros), then the row's bytes again below a different row.
        var pixels = row.Concat(row).Concat(row.Select(b => (byte)(b + 1))).Concat(row).ToArray();
        var deflate = new SparseDeflate();
        var code = deflate.Count(pixels, row.Length, 4, []).Code();

        var zlib = deflate.Compress(pixels, row.Length, 4, [], code).ToArray();

        Assert.Equal(pixels, PngFile.Pixels(PngEncoder.Indexed(zlib, row.Length, 4, Palette), row.Length, 4));
    }

    [Fact]
    public void ABandSeenBefore_IsCopiedAsTheBitsAndChecksumsItWouldBeWrittenAs()
    {
        // Rows 10-15 are the same in every image (the band); the rows around them, and so the bits before them, are not.
        var random = new Random(7);
        var band = new byte[300 * 6];
        random.NextBytes(band);
        var deflate = new SparseDeflate();
        var code = deflate.Count(new byte[300 * 40], 300, 40, []).CodeForAll();
        var kept = new DeflateBands();
        for (var image = 0; image < 4; image++)
        {
            var pixels = new byte[300 * 40];
            random.NextBytes(pixels.AsSpan(0, 300 * (1 + image)));
            random.NextBytes(pixels.AsSpan(300 * 20));
            band.CopyTo(pixels, 300 * 10);

            var withBands = deflate.Compress(pixels, 300, 40, [], code, [new DeflateBand(10, 15, "band")], kept).ToArray();

            Assert.Equal(image == 0 ? 0 : 1, kept.Count); // kept the second time it is seen, copied from the third
            Assert.Equal(deflate.Compress(pixels, 300, 40, [], code).ToArray(), withBands);
            Assert.Equal(pixels, PngFile.Pixels(PngEncoder.Indexed(withBands, 300, 40, Palette), 300, 40));
        }
    }

    [Fact]
    public void ACard_IsTheSameBytes_InAnotherBuild_WhateverWasDrawnBefore()
    {
        var card = new CardContent("Briefing", "AWS loses generative-AI chief Vasi Philomin", "26 June 2025", "Amazon", "Talent Briefing");
        using var first = Cards();
        using var second = Cards();
        using var painter = first.Painter();
        using var other = second.Painter();

        painter.Paint(card with { Title = "智源研究院首席科学家加入深度求索，负责大模型预训练 and a title long enough for four lines of the card, or nearly" });
        var drawnSecond = painter.Paint(card);

        Assert.Equal(other.Paint(card), drawnSecond);
    }

    private static SocialCards Cards()
    {
        var diagnostics = new List<Diagnostic>();
        var cards = SocialCards.Load(RepoPaths.Theme, "themes/briefing", diagnostics);
        Assert.Empty(diagnostics);
        return cards!;
    }
}

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

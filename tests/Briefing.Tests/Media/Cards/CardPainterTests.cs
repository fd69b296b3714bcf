using Briefing.Media.Cards;
using Briefing.Model;
using Briefing.Tests.Support;
using SkiaSharp;

namespace Briefing.Tests.Media.Cards;

/// <summary>The painter itself, on the real theme's layout: indexed PNGs, the hero image slot, one painter per thread.</summary>
public sealed class CardPainterTests
{
    internal static SocialCards Cards()
    {
        var diagnostics = new List<Diagnostic>();
        var cards = SocialCards.Load(RepoPaths.Theme, "themes/briefing", diagnostics);
        Assert.Empty(diagnostics);
        return cards!;
    }

    internal static readonly CardContent Content = new("Briefing", "AWS loses generative-AI chief Vasi Philomin", "26 June 2025", "Amazon, 智源智能", "Talent Briefing");

    [Fact]
    public void ACardWithoutPhoto_IsAnIndexedPng_OfTheLayoutsSize_ShowingTheBackgroundAndText()
    {
        using var cards = Cards();
        using var painter = cards.Painter();

        var bytes = painter.Paint(Content);
        using var image = SKBitmap.Decode(bytes);

        Assert.Equal(3, bytes[25]); // IHDR colour type: palette
        Assert.Equal((1200, 630), (image.Width, image.Height));
        Assert.Equal(new SKColor(0xfd, 0xfc, 0xfa), image.GetPixel(1150, 300)); // background, right of the title
        Assert.Equal(new SKColor(0xa4, 0x16, 0x1a), image.GetPixel(600, 5)); // the accent bar
        var ink = Enumerable.Range(118, 90).SelectMany(y => Enumerable.Range(80, 600).Select(x => image.GetPixel(x, y))).Count(c => c.Red < 0x40);
        Assert.True(ink > 2000, $"{ink} dark pixels in the title's first line");
    }

    [Fact]
    public void AHeroImage_IsDrawnIntoTheLayoutsSlot()
    {
        using var cards = Cards();
        using var painter = cards.Painter();
        var photo = Path.Combine(Path.GetTempPath(), $"briefing-photo-{Guid.NewGuid():N}.png");
        using (var bitmap = new SKBitmap(300, 200))
        {
            bitmap.Erase(new SKColor(0x20, 0x80, 0x30));
            File.WriteAllBytes(photo, bitmap.Encode(SKEncodedImageFormat.Png, 100).ToArray());
        }

        try
        {
            using var image = SKBitmap.Decode(painter.Paint(Content with { ImagePath = photo }));

            var slot = cards.Layout.Image!;
            Assert.Equal(new SKColor(0x20, 0x80, 0x30), image.GetPixel(slot.X + (slot.Width / 2), slot.Y + (slot.Height / 2)));
            Assert.NotEqual(cards.RouteOf(Content), cards.RouteOf(Content with { ImagePath = photo }));
        }
        finally
        {
            File.Delete(photo);
        }
    }

    [Fact]
    public void PaintersOnManyThreads_DrawTheSameBytes()
    {
        using var cards = Cards();
        byte[] Draw()
        {
            using var painter = cards.Painter();
            return painter.Paint(Content);
        }

        var results = new byte[8][];
        Parallel.For(0, results.Length, i => results[i] = Draw());

        Assert.All(results, r => Assert.Equal(results[0], r));
    }

    [Fact]
    public void TextComposedSixteenPixelsAtATime_TakesThePalettesShadeOfEveryCoverage()
    {
        using var cards = Cards();
        var palette = CardPalette.For(cards.Layout)!;
        var shades = palette.Shades(cards.Layout.Texts["title"].Color);
        // Every coverage twice, in a row whose length is not a multiple of 16, with blank stretches between.
        var coverage = Enumerable.Range(0, 256).SelectMany(c => new[] { (byte)c, (byte)0, (byte)(255 - c) }).Take(767).ToArray();
        var into = Enumerable.Repeat((byte)200, coverage.Length).ToArray();
        var expected = coverage.Select((c, i) => c == 0 ? into[i] : shades[c]).ToArray();

        CardPainter.Shade(coverage, into, shades);

        Assert.Equal(expected, into);
        Assert.All(coverage, c => Assert.Equal(0, c));
    }

    [Fact]
    public void BoxesDrawnBefore_AreLaidOverFromTheirPatches_AsTheSameBytesAsAFreshPaintersCard()
    {
        using var cards = Cards();
        using var painter = cards.Painter();
        string[] titles = ["Short", "A title long enough to take two lines of the card at its largest size, or three", "智源研究院首席科学家加入深度求索", "Short"];

        foreach (var title in titles.Concat(titles))
        {
            // The label, the date and the site come back from card to card; the title and companies do not always.
            var content = Content with { Title = title, Companies = title.Length > 10 ? "Amazon" : "" };
            using var fresh = cards.Painter();
            Assert.Equal(fresh.Paint(content), painter.Paint(content));
        }

        var (patches, bands) = painter.Kept;
        Assert.True(patches >= 4, $"{patches} boxes kept as patches");
        Assert.True(bands >= 2, $"{bands} bands kept");
    }

    [Fact]
    public void EachCard_IsDrawnAsByAFreshPainter_WhateverThePainterDrewBefore()
    {
        using var cards = Cards();
        using var painter = cards.Painter();
        string[] titles = ["A title long enough to take four lines of the card at its smallest size, with words and more words and yet more words to fill them",
            "Short", "智源研究院首席科学家加入深度求索，负责大模型预训练", ""];

        foreach (var title in titles)
        {
            var content = Content with { Title = title, Companies = title.Length > 10 ? "Amazon" : "" };
            using var fresh = cards.Painter();
            Assert.Equal(fresh.Paint(content), painter.Paint(content));
        }
    }
}

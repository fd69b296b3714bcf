using Briefing.Media.Cards;
using Briefing.Model;
using Briefing.Tests.Support;
using SkiaSharp;

namespace Briefing.Tests.Media.Cards;

/// <summary>The painter itself, on the real theme's layout: indexed PNGs, the hero image slot, one painter per thread.</summary>
public sealed class CardPainterTests
{
    private static SocialCards Cards()
    {
        var diagnostics = new List<Diagnostic>();
        var cards = SocialCards.Load(RepoPaths.Theme, "themes/briefing", diagnostics);
        Assert.Empty(diagnostics);
        return cards!;
    }

    private static readonly CardContent Content = new("Briefing", "AWS loses generative-AI chief Vasi Philomin", "26 June 2025", "Amazon, 智源智能", "Talent Briefing");

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
}

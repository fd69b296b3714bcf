using System.Runtime.InteropServices;
using Briefing.Media.Cards;
using Briefing.Tests.Support;
using SkiaSharp;

namespace Briefing.Tests.Media.Cards;

/// <summary>The glyph cache that replaced Skia's per-card glyph drawing: same coverage as Skia's, drawn once, clipped.</summary>
public sealed class GlyphMasksTests
{
    [Theory]
    [InlineData("Vasi Philomin", 78)]
    [InlineData("José Núñez, Zoë", 44)]
    [InlineData("g", 28)]
    public void AWordBlendedFromCachedMasks_HasTheCoverageSkiaDrawsForIt(string word, float size)
    {
        using var typeface = SKTypeface.FromFile(Path.Combine(RepoPaths.Theme, "cards", "fonts", "NotoSans-Bold.ttf"));
        using var font = new SKFont(typeface, size) { Subpixel = false, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None };
        var glyphs = font.GetGlyphs(word);
        var positions = font.GetGlyphPositions(glyphs);
        const int width = 900, height = 160, x = 20, baseline = 110;

        var ours = new byte[width * height];
        var masks = new GlyphMasks();
        for (var i = 0; i < glyphs.Length; i++)
        {
            masks.Get(typeface, glyphs[i], size).Blend(ours, width, height, x + (int)MathF.Floor(positions[i].X + 0.5f), baseline);
        }

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Alpha8, SKAlphaType.Premul));
        using (var paint = new SKPaint { IsAntialias = true, Color = SKColors.Black })
        using (var blob = SKTextBlob.CreatePositioned(MemoryMarshal.AsBytes(glyphs.AsSpan()), SKTextEncoding.GlyphId, font,
                   positions.Select(p => new SKPoint(MathF.Floor(p.X + 0.5f), 0)).ToArray()))
        {
            surface.Canvas.DrawText(blob, x, baseline, paint);
        }

        using var pixels = surface.PeekPixels();
        var skia = pixels.GetPixelSpan();
        var inked = 0;
        var differing = 0;
        for (var row = 0; row < height; row++)
        {
            for (var column = 0; column < width; column++)
            {
                var theirs = skia[(row * pixels.RowBytes) + column];
                inked += theirs > 0 ? 1 : 0;
                // Where two glyphs' edges overlap the cache keeps the larger coverage, Skia adds them: a few levels apart.
                differing += Math.Abs(theirs - ours[(row * width) + column]) > 8 ? 1 : 0;
            }
        }

        Assert.True(inked > 50, $"Skia drew {inked} pixels");
        Assert.True(differing <= inked / 100, $"{differing} of {inked} inked pixels differ by more than 8 levels");
    }

    [Fact]
    public void AGlyphAtOneSize_IsDrawnOnce_AndSharedByEveryCaller()
    {
        using var typeface = SKTypeface.FromFile(Path.Combine(RepoPaths.Theme, "cards", "fonts", "NotoSans-Regular.ttf"));
        using var font = new SKFont(typeface);
        var masks = new GlyphMasks();
        var glyph = font.GetGlyph('a');

        var first = masks.Get(typeface, glyph, 30);
        var all = Enumerable.Range(0, 8).AsParallel().Select(_ => masks.Get(typeface, glyph, 30)).ToArray();

        Assert.All(all, mask => Assert.Same(first, mask));
        Assert.NotSame(first, masks.Get(typeface, glyph, 32));
        Assert.Same(GlyphMask.Empty, masks.Get(typeface, font.GetGlyph(' '), 30));
    }

    [Fact]
    public void AMaskBlendedAcrossTheCanvasEdge_IsClipped_AndKeepsTheLargerCoverage()
    {
        var mask = new GlyphMask(-1, -2, 3, 3, [10, 20, 30, 40, 50, 60, 70, 80, 90]);
        var canvas = new byte[4 * 4];
        canvas[(1 * 4) + 1] = 200;

        Assert.Equal((0, 2), mask.Blend(canvas, 4, 4, x: 0, y: 1)); // columns -1..1, rows -1..1: clipped to rows 0–1, columns 0–1
        Assert.Equal([50, 60, 0, 0, 80, 200, 0, 0], canvas.Take(8).ToArray());
        Assert.Equal((0, 0), mask.Blend(canvas, 4, 4, x: 10, y: 1)); // entirely outside
        Assert.All(canvas.Skip(8), value => Assert.Equal(0, value));
    }
}

using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace Briefing.Media.Cards;

/// <summary>
/// Each glyph's coverage at each size, drawn by Skia once per build and shared by every painter. Cards draw the same
/// few hundred glyphs at a handful of sizes (a box's sizes step by 2 px), so blending a cached mask into a card
/// (<see cref="GlyphMask.Blend"/>) replaces Skia's per-glyph drawing, which was the largest cost of a card
/// (docs/performance.md). Glyphs sit on whole pixels (no subpixel positioning), as Skia drew them before.
/// </summary>
public sealed class GlyphMasks
{
    private readonly ConcurrentDictionary<(nint Typeface, ushort Glyph, float Size), GlyphMask> _masks = new();
    private readonly Lock _gate = new();

    /// <summary>The mask of <paramref name="glyph"/> of <paramref name="typeface"/> at <paramref name="size"/> px, drawn on first use.</summary>
    public GlyphMask Get(SKTypeface typeface, ushort glyph, float size)
    {
        var key = (typeface.Handle, glyph, size);
        if (_masks.TryGetValue(key, out var mask))
        {
            return mask;
        }

        lock (_gate)
        {
            return _masks.TryGetValue(key, out mask) ? mask : _masks[key] = Draw(typeface, glyph, size);
        }
    }

    private static GlyphMask Draw(SKTypeface typeface, ushort glyph, float size)
    {
        using var font = new SKFont(typeface, size) { Subpixel = false, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None };
        using var path = font.GetGlyphPath(glyph);
        if (path is null || path.IsEmpty)
        {
            return GlyphMask.Empty;
        }

        // One pixel of margin on every side for anti-aliasing beyond the outline's bounds.
        var bounds = path.Bounds;
        var left = (int)MathF.Floor(bounds.Left) - 1;
        var top = (int)MathF.Floor(bounds.Top) - 1;
        var width = (int)MathF.Ceiling(bounds.Right) + 1 - left;
        var height = (int)MathF.Ceiling(bounds.Bottom) + 1 - top;
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Alpha8, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("Skia could not make a raster surface");
        using var ink = new SKPaint { IsAntialias = true, Color = SKColors.Black };
        ushort[] glyphs = [glyph];
        using (var blob = SKTextBlob.CreatePositioned(MemoryMarshal.AsBytes(glyphs.AsSpan()), SKTextEncoding.GlyphId, font, [new SKPoint(0, 0)]))
        {
            if (blob is null)
            {
                return GlyphMask.Empty;
            }

            surface.Canvas.DrawText(blob, -left, -top, ink);
        }

        using var pixels = surface.PeekPixels();
        var source = pixels.GetPixelSpan();
        var coverage = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            source.Slice(y * pixels.RowBytes, width).CopyTo(coverage.AsSpan(y * width, width));
        }

        return new GlyphMask(left, top, width, height, coverage);
    }
}

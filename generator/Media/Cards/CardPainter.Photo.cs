using System.Runtime.InteropServices;
using SkiaSharp;

namespace Briefing.Media.Cards;

public sealed partial class CardPainter
{
    /// <summary>The card in full colour with <paramref name="photo"/> drawn cover-cropped into <paramref name="slot"/>.</summary>
    private byte[] WithPhoto(SKImage photo, CardBox slot)
    {
        var colours = _palette.Colours.Select(c => 0xFF000000 | ((c & 0xFF) << 16) | (c & 0xFF00) | ((c >> 16) & 0xFF)).ToArray(); // RGBA in memory
        var rgba = new uint[_indices.Length];
        for (var i = 0; i < rgba.Length; i++)
        {
            rgba[i] = colours[_indices[i]];
        }

        var info = new SKImageInfo(_layout.Width, _layout.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Skia could not make a raster surface");
        using (var target = surface.PeekPixels())
        {
            var bytes = MemoryMarshal.AsBytes(rgba.AsSpan()).ToArray();
            Marshal.Copy(bytes, 0, target.GetPixels(), bytes.Length);
        }

        var scale = Math.Max((float)slot.Width / photo.Width, (float)slot.Height / photo.Height);
        var source = SKRect.Create((photo.Width - (slot.Width / scale)) / 2, (photo.Height - (slot.Height / scale)) / 2, slot.Width / scale, slot.Height / scale);
        using var paint = new SKPaint();
        surface.Canvas.DrawImage(photo, source, SKRect.Create(slot.X, slot.Y, slot.Width, slot.Height), new SKSamplingOptions(SKCubicResampler.Mitchell), paint);
        surface.Canvas.Flush();
        using var pixels = surface.PeekPixels();
        return PngEncoder.Encode(pixels.GetPixelSpan(), _layout.Width, _layout.Height);
    }

    private float Measure(string chain, string text, float size) =>
        _fonts.Runs(text, chain).Sum(r => Shape(_fonts.Chains[chain][r.Font], r.Text, ReferenceSize)) * size / ReferenceSize;

    private float UnitWidth(string chain, string text)
    {
        if (!_unitWidths.TryGetValue(chain, out var widths))
        {
            widths = _unitWidths[chain] = new(StringComparer.Ordinal);
        }

        if (!widths.TryGetValue(text, out var width))
        {
            width = widths[text] = Measure(chain, text, 1);
        }

        return width;
    }

    private float Shape(SKTypeface typeface, string text, float size)
    {
        _font.Typeface = typeface;
        _font.Size = size;
        return ShaperOf(typeface).Shape(text, _font).Width;
    }
}

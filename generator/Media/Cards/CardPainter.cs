using System.Runtime.InteropServices;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Briefing.Media.Cards;

/// <summary>
/// Draws cards on one thread: a surface, the layout's background drawn once (colour and rectangles), a HarfBuzz shaper
/// per font, and the widths of the words it has measured. Each card starts from the background and draws only its
/// text (and hero image), then is encoded by <see cref="PngEncoder"/>. Not thread-safe: one painter per thread.
/// </summary>
public sealed class CardPainter : IDisposable
{
    private const float ReferenceSize = 64;

    private readonly CardLayout _layout;
    private readonly CardFonts _fonts;
    private readonly SKSurface _surface;
    private readonly SKImage _background;
    private readonly Dictionary<SKTypeface, SKShaper> _shapers = [];
    private readonly SKFont _font = new() { Subpixel = true, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None };
    private readonly SKPaint _paint = new() { IsAntialias = true };
    private readonly Dictionary<(string Chain, string Text), float> _unitWidths = [];

    public CardPainter(CardLayout layout, CardFonts fonts)
    {
        _layout = layout;
        _fonts = fonts;
        var info = new SKImageInfo(layout.Width, layout.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        _surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Skia could not make a raster surface");
        var canvas = _surface.Canvas;
        canvas.Clear(new SKColor(layout.Background | 0xFF000000));
        using (var fill = new SKPaint())
        {
            foreach (var rect in layout.Rects)
            {
                fill.Color = new SKColor(rect.Color);
                canvas.DrawRect(rect.X, rect.Y, rect.Width, rect.Height, fill);
            }
        }

        _background = _surface.Snapshot();
        foreach (var typeface in fonts.All)
        {
            _shapers[typeface] = new SKShaper(typeface);
        }
    }

    /// <summary>The card as PNG bytes: the same content, layout and fonts always give the same bytes.</summary>
    public byte[] Paint(CardContent content)
    {
        var canvas = _surface.Canvas;
        canvas.DrawImage(_background, 0, 0, SKSamplingOptions.Default);
        var beside = content.ImagePath is not null && _layout.Image is not null && DrawImage(canvas, content.ImagePath, _layout.Image);
        foreach (var (name, text) in new[] { ("label", content.Label), ("title", content.Title), ("date", content.Date),
                     ("companies", content.Companies), ("site", content.Site) })
        {
            if (text.Length > 0)
            {
                DrawText(canvas, _layout.Texts[name], text, beside);
            }
        }

        canvas.Flush();
        using var pixels = _surface.PeekPixels();
        return PngEncoder.Encode(pixels.GetPixelSpan(), _layout.Width, _layout.Height);
    }

    /// <summary>The text as it would be drawn in <paramref name="style"/>'s box (for tests and the fitter's callers).</summary>
    public FittedText Fit(CardTextStyle style, string text, bool besideImage = false)
    {
        var segments = LineBreaker.Segments(text);
        var widths = segments.Select(s => UnitWidth(style.Font, s.Text)).ToArray();
        var width = besideImage ? style.WidthBesideImage ?? style.Width : style.Width;
        return TextFitter.Fit(segments, widths, UnitWidth(style.Font, " "), UnitWidth(style.Font, TextFitter.Ellipsis), style, width);
    }

    private void DrawText(SKCanvas canvas, CardTextStyle style, string text, bool besideImage)
    {
        var fitted = Fit(style, text, besideImage);
        _font.Typeface = _fonts.Chains[style.Font][0];
        _font.Size = fitted.Size;
        var ascent = -_font.Metrics.Ascent;
        _paint.Color = new SKColor(style.Color);
        var width = besideImage ? style.WidthBesideImage ?? style.Width : style.Width;
        var baseline = style.Y + ascent;
        foreach (var line in fitted.Lines)
        {
            var x = style.AlignRight ? style.X + width - Measure(style.Font, line, fitted.Size) : style.X;
            foreach (var (font, run) in _fonts.Runs(line, style.Font))
            {
                x += DrawRun(canvas, _fonts.Chains[style.Font][font], run, fitted.Size, x, baseline);
            }

            baseline += fitted.Size * style.LineHeight;
        }
    }

    /// <summary>Shapes <paramref name="text"/> with HarfBuzz and draws its glyphs; returns the advance.</summary>
    private float DrawRun(SKCanvas canvas, SKTypeface typeface, string text, float size, float x, float baseline)
    {
        _font.Typeface = typeface;
        _font.Size = size;
        var shaped = _shapers[typeface].Shape(text, _font);
        var glyphs = new ushort[shaped.Codepoints.Length];
        for (var i = 0; i < glyphs.Length; i++)
        {
            glyphs[i] = (ushort)shaped.Codepoints[i];
        }

        using var blob = SKTextBlob.CreatePositioned(MemoryMarshal.AsBytes(glyphs.AsSpan()), SKTextEncoding.GlyphId, _font, shaped.Points);
        if (blob is not null)
        {
            canvas.DrawText(blob, x, baseline, _paint);
        }

        return shaped.Width;
    }

    private float Measure(string chain, string text, float size) =>
        _fonts.Runs(text, chain).Sum(r => Shape(_fonts.Chains[chain][r.Font], r.Text, ReferenceSize)) * size / ReferenceSize;

    private float UnitWidth(string chain, string text)
    {
        if (!_unitWidths.TryGetValue((chain, text), out var width))
        {
            width = Measure(chain, text, 1);
            _unitWidths[(chain, text)] = width;
        }

        return width;
    }

    private float Shape(SKTypeface typeface, string text, float size)
    {
        _font.Typeface = typeface;
        _font.Size = size;
        return _shapers[typeface].Shape(text, _font).Width;
    }

    /// <summary>Draws the hero image cover-cropped into the slot; false (and nothing drawn) when it cannot be decoded.</summary>
    private static bool DrawImage(SKCanvas canvas, string path, CardBox slot)
    {
        using var image = SKImage.FromEncodedData(path);
        if (image is null)
        {
            return false;
        }

        var scale = Math.Max((float)slot.Width / image.Width, (float)slot.Height / image.Height);
        var source = SKRect.Create((image.Width - slot.Width / scale) / 2, (image.Height - slot.Height / scale) / 2, slot.Width / scale, slot.Height / scale);
        using var paint = new SKPaint();
        canvas.DrawImage(image, source, SKRect.Create(slot.X, slot.Y, slot.Width, slot.Height), new SKSamplingOptions(SKCubicResampler.Mitchell), paint);
        return true;
    }

    public void Dispose()
    {
        foreach (var shaper in _shapers.Values)
        {
            shaper.Dispose();
        }

        _font.Dispose();
        _paint.Dispose();
        _background.Dispose();
        _surface.Dispose();
    }
}

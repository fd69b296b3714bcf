using System.Runtime.InteropServices;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Briefing.Media.Cards;

/// <summary>
/// Draws cards on one thread. The background (colour and rectangles) is laid out once as palette indices; each card
/// starts from a copy of it, and each text box is shaped with HarfBuzz, drawn by Skia as coverage into an alpha-only
/// mask, and written into the indices as shades of its colour (<see cref="CardPalette"/>). A card with a hero image
/// is then expanded to full colour and the photo drawn into its slot. Not thread-safe: one painter per thread.
/// </summary>
public sealed partial class CardPainter : IDisposable
{
    private const float ReferenceSize = 64;

    private readonly CardLayout _layout;
    private readonly CardFonts _fonts;
    private readonly CardPalette _palette;
    private readonly SKSurface _mask;
    private readonly byte[] _background;
    private readonly byte[] _indices;
    private readonly Dictionary<SKTypeface, SKShaper> _shapers = [];
    private readonly SKFont _font = new() { Subpixel = false, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None };
    private readonly SKPaint _ink = new() { IsAntialias = true, Color = SKColors.Black };
    private readonly Dictionary<(string Chain, string Text), float> _unitWidths = [];

    public CardPainter(CardLayout layout, CardFonts fonts)
    {
        _layout = layout;
        _fonts = fonts;
        _palette = CardPalette.For(layout) ?? throw new InvalidOperationException("the card layout has more colours than a palette holds");
        _mask = SKSurface.Create(new SKImageInfo(layout.Width, layout.Height, SKColorType.Alpha8, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("Skia could not make a raster surface");
        _background = new byte[layout.Width * layout.Height];
        _indices = new byte[_background.Length];
        Array.Fill(_background, _palette.IndexOf(layout.Background));
        foreach (var rect in layout.Rects)
        {
            var index = _palette.IndexOf(rect.Color);
            for (var y = rect.Y; y < Math.Min(layout.Height, rect.Y + rect.Height); y++)
            {
                var start = (y * layout.Width) + Math.Min(rect.X, layout.Width);
                _background.AsSpan(start, Math.Max(0, Math.Min(rect.Width, layout.Width - rect.X))).Fill(index);
            }
        }

        foreach (var typeface in fonts.All)
        {
            _shapers[typeface] = new SKShaper(typeface);
        }
    }

    /// <summary>The card as PNG bytes: the same content, layout and fonts always give the same bytes.</summary>
    public byte[] Paint(CardContent content)
    {
        _background.CopyTo(_indices, 0);
        var photo = content.ImagePath is { } path && _layout.Image is not null ? SKImage.FromEncodedData(path) : null;
        foreach (var (name, text) in new[] { ("label", content.Label), ("title", content.Title), ("date", content.Date),
                     ("companies", content.Companies), ("site", content.Site) })
        {
            if (text.Length > 0)
            {
                DrawText(_layout.Texts[name], text, besideImage: photo is not null);
            }
        }

        if (photo is null)
        {
            return PngEncoder.EncodeIndexed(_indices, _layout.Width, _layout.Height, _palette.Colours.ToArray());
        }

        using (photo)
        {
            return WithPhoto(photo, _layout.Image!);
        }
    }

    /// <summary>The text as it would be drawn in <paramref name="style"/>'s box.</summary>
    public FittedText Fit(CardTextStyle style, string text, bool besideImage = false)
    {
        var segments = LineBreaker.Segments(text);
        var widths = segments.Select(s => UnitWidth(style.Font, s.Text)).ToArray();
        return TextFitter.Fit(segments, widths, UnitWidth(style.Font, " "), UnitWidth(style.Font, TextFitter.Ellipsis), style, WidthOf(style, besideImage));
    }

    private static int WidthOf(CardTextStyle style, bool besideImage) => besideImage ? style.WidthBesideImage ?? style.Width : style.Width;

    private void DrawText(CardTextStyle style, string text, bool besideImage)
    {
        var fitted = Fit(style, text, besideImage);
        _font.Typeface = _fonts.Chains[style.Font][0];
        _font.Size = fitted.Size;
        var ascent = -_font.Metrics.Ascent;
        var width = WidthOf(style, besideImage);
        var baseline = style.Y + ascent;
        var canvas = _mask.Canvas;
        var top = int.MaxValue;
        var bottom = int.MinValue;
        foreach (var line in fitted.Lines)
        {
            var x = style.AlignRight ? style.X + width - Measure(style.Font, line, fitted.Size) : style.X;
            foreach (var (font, run) in _fonts.Runs(line, style.Font))
            {
                x += DrawRun(canvas, _fonts.Chains[style.Font][font], run, fitted.Size, x, baseline, ref top, ref bottom);
            }

            baseline += fitted.Size * style.LineHeight;
        }

        Compose(style.Color, Math.Max(0, top), Math.Min(_layout.Height, bottom));
    }

    /// <summary>Writes the mask's ink of rows [<paramref name="top"/>, <paramref name="bottom"/>) into the indices as shades of <paramref name="colour"/>, and clears the mask.</summary>
    private void Compose(uint colour, int top, int bottom)
    {
        var shades = _palette.Shades(colour);
        using (var pixels = _mask.PeekPixels())
        {
            var mask = pixels.GetPixelSpan();
            var rowBytes = pixels.RowBytes;
            for (var y = top; y < bottom; y++)
            {
                var row = mask.Slice(y * rowBytes, _layout.Width);
                var into = _indices.AsSpan(y * _layout.Width, _layout.Width);
                // Ink is sparse: skip the blank stretches vectorized, map each stretch of ink to shades.
                for (var x = 0; x < row.Length;)
                {
                    var start = row[x..].IndexOfAnyExcept((byte)0);
                    if (start < 0)
                    {
                        break;
                    }

                    start += x;
                    var length = row[start..].IndexOf((byte)0);
                    var end = length < 0 ? row.Length : start + length;
                    for (var i = start; i < end; i++)
                    {
                        into[i] = shades[row[i]];
                    }

                    x = end;
                }
            }
        }

        _mask.Canvas.Clear(SKColors.Transparent);
    }

    /// <summary>Shapes <paramref name="text"/> with HarfBuzz and draws its glyphs into the mask; returns the advance.</summary>
    private float DrawRun(SKCanvas canvas, SKTypeface typeface, string text, float size, float x, float baseline, ref int top, ref int bottom)
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
            canvas.DrawText(blob, x, baseline, _ink);
            top = Math.Min(top, (int)MathF.Floor(baseline + blob.Bounds.Top) - 1);
            bottom = Math.Max(bottom, (int)MathF.Ceiling(baseline + blob.Bounds.Bottom) + 1);
        }

        return shaped.Width;
    }

    public void Dispose()
    {
        foreach (var shaper in _shapers.Values)
        {
            shaper.Dispose();
        }

        _font.Dispose();
        _ink.Dispose();
        _mask.Dispose();
    }
}

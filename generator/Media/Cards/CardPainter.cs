using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Briefing.Media.Cards;

/// <summary>
/// Draws cards on one thread. The background (colour and rectangles) is laid out once as palette indices; each card
/// starts from a copy of it, and each text box is shaped with HarfBuzz, its glyphs' cached masks
/// (<see cref="GlyphMasks"/>, drawn by Skia once per build) blended into a coverage buffer, and written into the
/// indices as shades of its colour (<see cref="CardPalette"/>). A card with a hero image is then expanded to full
/// colour and the photo drawn into its slot. Not thread-safe: one painter per thread.
/// </summary>
public sealed partial class CardPainter : IDisposable
{
    private const float ReferenceSize = 64;

    private readonly CardLayout _layout;
    private readonly CardFonts _fonts;
    private readonly CardPalette _palette;
    private readonly GlyphMasks _glyphs;
    private readonly uint[] _colours;
    private readonly byte[] _coverage;
    private readonly byte[] _background;
    private readonly byte[] _indices;
    private readonly Dictionary<SKTypeface, SKShaper> _shapers = [];
    private readonly SKFont _font = new() { Subpixel = false, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None };
    private readonly Dictionary<(string Chain, string Text), float> _unitWidths = [];

    public CardPainter(CardLayout layout, CardFonts fonts, GlyphMasks glyphs)
    {
        _layout = layout;
        _fonts = fonts;
        _glyphs = glyphs;
        _palette = CardPalette.For(layout) ?? throw new InvalidOperationException("the card layout has more colours than a palette holds");
        _colours = [.. _palette.Colours];
        _coverage = new byte[layout.Width * layout.Height];
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
            return PngEncoder.EncodeIndexed(_indices, _layout.Width, _layout.Height, _colours);
        }

        using (photo)
        {
            return WithPhoto(photo, _layout.Image!);
        }
    }

    /// <summary>The palette indices of the card painted last (tests compare its encoding with them).</summary>
    internal ReadOnlySpan<byte> Indices => _indices;

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
        var ink = (Top: int.MaxValue, Bottom: int.MinValue, Left: int.MaxValue, Right: int.MinValue);
        foreach (var line in fitted.Lines)
        {
            var x = style.AlignRight ? style.X + width - Measure(style.Font, line, fitted.Size) : style.X;
            foreach (var (font, run) in _fonts.Runs(line, style.Font))
            {
                x += DrawRun(_fonts.Chains[style.Font][font], run, fitted.Size, x, baseline, ref ink);
            }

            baseline += fitted.Size * style.LineHeight;
        }

        if (ink.Top < ink.Bottom)
        {
            Compose(style.Color, ink.Top, ink.Bottom, ink.Left, ink.Right);
        }
    }

    /// <summary>Writes the coverage of rows [<paramref name="top"/>, <paramref name="bottom"/>) and columns [<paramref name="left"/>, <paramref name="right"/>) into the indices as shades of <paramref name="colour"/>, and clears it.</summary>
    private void Compose(uint colour, int top, int bottom, int left, int right)
    {
        var shades = _palette.Shades(colour);
        for (var y = top; y < bottom; y++)
        {
            var row = _coverage.AsSpan((y * _layout.Width) + left, right - left);
            var into = _indices.AsSpan((y * _layout.Width) + left, right - left);
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

            row.Clear();
        }
    }

    /// <summary>Shapes <paramref name="text"/> with HarfBuzz and blends its glyphs' masks into the coverage; returns the advance.</summary>
    private float DrawRun(SKTypeface typeface, string text, float size, float x, float baseline, ref (int Top, int Bottom, int Left, int Right) ink)
    {
        _font.Typeface = typeface;
        _font.Size = size;
        var shaped = ShaperOf(typeface).Shape(text, _font);
        for (var i = 0; i < shaped.Codepoints.Length; i++)
        {
            // Whole pixels, as Skia places glyphs without subpixel positioning.
            var mask = _glyphs.Get(typeface, (ushort)shaped.Codepoints[i], size);
            var left = (int)MathF.Floor(x + shaped.Points[i].X + 0.5f);
            var (from, to) = mask.Blend(_coverage, _layout.Width, _layout.Height, left, (int)MathF.Floor(baseline + shaped.Points[i].Y + 0.5f));
            if (from < to)
            {
                // Blend drew rows [from, to) of the columns the mask covers, clipped to the card.
                ink = (Math.Min(ink.Top, from), Math.Max(ink.Bottom, to),
                    Math.Min(ink.Left, Math.Max(0, left + mask.Left)), Math.Max(ink.Right, Math.Min(_layout.Width, left + mask.Left + mask.Width)));
            }
        }

        return shaped.Width;
    }

    private SKShaper ShaperOf(SKTypeface typeface)
    {
        if (!_shapers.TryGetValue(typeface, out var shaper))
        {
            shaper = _shapers[typeface] = new SKShaper(typeface);
        }

        return shaper;
    }

    public void Dispose()
    {
        foreach (var shaper in _shapers.Values)
        {
            shaper.Dispose();
        }

        _font.Dispose();
    }
}

using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Briefing.Media.Cards;

/// <summary>
/// Draws cards on one thread. The background (colour and rectangles) is laid out once as palette indices; each card
/// starts from it (put back where the last card drew), and each text box is shaped with HarfBuzz, its glyphs' cached
/// masks (<see cref="GlyphMasks"/>, drawn by Skia once per build) blended into a coverage buffer, and written into the
/// indices as shades of its colour (<see cref="CardPalette"/>). The indices are then deflated with the build's code
/// (<see cref="SparseDeflate"/>), or a card with a hero image is expanded to full colour and the photo drawn into its
/// slot. Not thread-safe: one painter per thread.
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

    // The background's largest index: a text is drawn straight as shades only when its shades are all above it.
    private readonly byte _backgroundTop;

    // The layout's background colour's index (what glyphs' rows are precoded over: CardPainter.Cores.cs).
    private readonly byte _backgroundIndex;

    // By row: 1 where the background's row equals the one above; for the card being drawn, where its row does.
    private readonly byte[] _backgroundEqualRows;
    private readonly byte[] _equalRows;

    // Where the last card drew text, and what (CardPainter.Patches.cs): only there does it differ from the background.
    private readonly List<(int Top, int Bottom, int Left, int Right, string Key)> _drawn = [];
    private readonly SparseDeflate _deflate = new();

    /// <summary>The last card's PNG (<see cref="PaintShared"/>), the buffer reused for the next.</summary>
    private byte[] _png = [];
    private readonly DeflateBands _bands = new();
    private readonly Lazy<DeflateCode>? _code;
    private readonly Dictionary<SKTypeface, SKShaper> _shapers = [];
    // Made with the empty typeface, not SKFont()'s default one: that is Skia's default font manager's, whose making scans
    // every system font (CardFontManager). Each run sets the typeface it draws with.
    private readonly SKFont _font = new(SKTypeface.Empty) { Subpixel = false, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None };
    private readonly Dictionary<string, Dictionary<string, float>> _unitWidths = new(StringComparer.Ordinal);

    // This painter's glyphs by typeface and size, then glyph (looked up without the shared table's key and its locks).
    private readonly Dictionary<(nint Typeface, float Size), Dictionary<ushort, PainterGlyph>> _masks = [];

    // The rectangles (rows, columns) the glyphs of the text being drawn blended into: only those are shaded.
    private readonly List<(int Top, int Bottom, int Left, int Right)> _glyphRects = [];

    // The glyphs of the text being drawn: each mask and its origin (whole pixels), in drawing order.
    private readonly List<(PainterGlyph Glyph, int X, int Y)> _placed = [];

    /// <param name="code">The build's Deflate code for indexed cards (<see cref="SocialCards"/>), or null: each card makes its own.</param>
    internal CardPainter(CardLayout layout, CardFonts fonts, GlyphMasks glyphs, Lazy<DeflateCode>? code)
    {
        _ = CardFontManager.Instance; // before the first SKPaint, which takes SkiaSharp's default typeface
        _code = code;
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

        _background.CopyTo(_indices, 0);
        _backgroundIndex = _palette.IndexOf(layout.Background);
        _backgroundTop = layout.Rects.Select(r => _palette.IndexOf(r.Color)).Append(_palette.IndexOf(layout.Background)).Max();
        _backgroundEqualRows = new byte[layout.Height];
        for (var y = 1; y < layout.Height; y++)
        {
            _backgroundEqualRows[y] = (byte)(Row(_background, y).SequenceEqual(Row(_background, y - 1)) ? 1 : 0);
        }

        _equalRows = new byte[layout.Height];
        _cores = new GlyphCores(_arena);
    }

    /// <summary>The card as PNG bytes: the same content, layout and fonts always give the same bytes.</summary>
    public byte[] Paint(CardContent content) => PaintShared(content).ToArray();

    /// <summary>
    /// As <see cref="Paint"/>, the bytes in this painter's own buffer: valid until its next card. A build writes each
    /// card to a file and lets it go, so no array is made per card (at 1,000 briefings they were 45 of the 294 MB the
    /// build allocated).
    /// </summary>
    internal ReadOnlySpan<byte> PaintShared(CardContent content)
    {
        var photo = Draw(content);
        if (photo is null)
        {
            // With the build's code, the bands of rows that an earlier card drew the same are copied (DeflateBands).
            var zlib = _code is null
                ? _deflate.Compress(_indices, _layout.Width, _layout.Height, _equalRows, _deflate.Count(_indices, _layout.Width, _layout.Height, _equalRows).Code())
                : _deflate.Compress(_indices, _layout.Width, _layout.Height, _equalRows, _code.Value, Bands(), _bands, SortedCores());
            var length = PngEncoder.Indexed(ref _png, zlib, _layout.Width, _layout.Height, _colours);
            return _png.AsSpan(0, length);
        }

        using (photo)
        {
            return WithPhoto(photo, _layout.Image!);
        }
    }

    /// <summary>How often each Deflate symbol is used to write the card of <paramref name="content"/> (without its photo).</summary>
    internal DeflateCounter Count(CardContent content)
    {
        Draw(content with { ImagePath = null });
        return _deflate.Count(_indices, _layout.Width, _layout.Height, _equalRows);
    }

    /// <summary>Draws the card's text into the indices (where the last card drew is made background again first); returns its photo, if any.</summary>
    private SKImage? Draw(CardContent content)
    {
        foreach (var (top, bottom, left, right, _) in _drawn)
        {
            for (var y = top; y < bottom; y++)
            {
                _background.AsSpan((y * _layout.Width) + left, right - left).CopyTo(_indices.AsSpan((y * _layout.Width) + left));
            }
        }

        _drawn.Clear();
        _cores.Clear();
        var photo = content.ImagePath is { } path && _layout.Image is not null ? SKImage.FromEncodedData(path) : null;
        foreach (var (name, text) in new[] { ("label", content.Label), ("title", content.Title), ("date", content.Date),
                     ("companies", content.Companies), ("site", content.Site) })
        {
            if (text.Length > 0)
            {
                DrawBox(name, text, besideImage: photo is not null);
            }
        }

        // A row is known to equal the one above when neither was drawn into and the background's rows are equal.
        _backgroundEqualRows.CopyTo(_equalRows, 0);
        foreach (var (top, bottom, _, _, _) in _drawn)
        {
            _equalRows.AsSpan(top, Math.Min(bottom + 1, _layout.Height) - top).Clear();
        }

        return photo;
    }

    private ReadOnlySpan<byte> Row(byte[] image, int y) => image.AsSpan(y * _layout.Width, _layout.Width);

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

    /// <summary>Draws the text into the indices; returns where it inked, if anywhere, and with <paramref name="patch"/>, as a patch.</summary>
    private CardPatch? DrawText(CardTextStyle style, string text, bool besideImage, bool patch)
    {
        _placed.Clear();
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
                x += PlaceRun(_fonts.Chains[style.Font][font], run, fitted.Size, x, baseline, ref ink);
            }

            baseline += fitted.Size * style.LineHeight;
        }

        if (ink.Top >= ink.Bottom)
        {
            return null;
        }

        // Straight into the indices unless the glyphs reach where another text of this card drew (CardPainter.Ink.cs).
        return ThroughCoverageOnly || Overlaps(ink) ? DrawThroughCoverage(style.Color, ink, patch) : DrawAsShades(style.Color, ink, patch);
    }

    /// <summary>Shapes <paramref name="text"/> with HarfBuzz and places its glyphs' masks (<see cref="_placed"/>); returns the advance.</summary>
    private float PlaceRun(SKTypeface typeface, string text, float size, float x, float baseline, ref (int Top, int Bottom, int Left, int Right) ink)
    {
        _font.Typeface = typeface;
        _font.Size = size;
        var shaped = ShaperOf(typeface).Shape(text, _font);
        if (!_masks.TryGetValue((typeface.Handle, size), out var masks))
        {
            masks = _masks[(typeface.Handle, size)] = [];
        }

        for (var i = 0; i < shaped.Codepoints.Length; i++)
        {
            // Whole pixels, as Skia places glyphs without subpixel positioning.
            var id = (ushort)shaped.Codepoints[i];
            if (!masks.TryGetValue(id, out var glyph))
            {
                glyph = masks[id] = new PainterGlyph(_glyphs.Get(typeface, id, size));
            }

            var mask = glyph.Mask;
            var left = (int)MathF.Floor(x + shaped.Points[i].X + 0.5f);
            var top = (int)MathF.Floor(baseline + shaped.Points[i].Y + 0.5f);
            // The rows and columns the mask covers, clipped to the card (what GlyphMask.Blend draws into).
            var (first, last) = (Math.Max(0, left + mask.Left), Math.Min(_layout.Width, left + mask.Left + mask.Width));
            var (from, to) = (Math.Max(0, top + mask.Top), Math.Min(_layout.Height, top + mask.Top + mask.Height));
            if (first < last && from < to)
            {
                _placed.Add((glyph, left, top));
                ink = (Math.Min(ink.Top, from), Math.Max(ink.Bottom, to), Math.Min(ink.Left, first), Math.Max(ink.Right, last));
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

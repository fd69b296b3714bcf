namespace Briefing.Media.Cards;

/// <summary>
/// The glyphs a card drew straight as shades, given to the encoder with their rows precoded (<see cref="GlyphRows"/>):
/// where a filtered row holds a glyph row's core as it would alone, its bits are appended instead of scanned. A glyph's
/// rows are coded the second time this painter draws it in a colour (a title's letters come back card after card;
/// a glyph drawn once is not worth coding twice), up to <see cref="MaxGlyphRowBytes"/> a painter.
/// </summary>
public sealed partial class CardPainter
{
    private const int MaxGlyphRowBytes = 12 << 20;

    private readonly GlyphArena _arena = new();
    private readonly GlyphCores _cores;

    /// <summary>Tests: false draws every card without precoded rows (the reference the cores must equal).</summary>
    internal bool UseGlyphRows { get; set; } = true;

    /// <summary>Tests: how many glyphs the card painted last gave the encoder.</summary>
    internal int GlyphCoreCount => _cores.Count;

    /// <summary>A glyph as this painter draws it: its mask and, once drawn twice in one colour, its rows coded.</summary>
    private sealed class PainterGlyph(GlyphMask mask)
    {
        public GlyphMask Mask { get; } = mask;

        public GlyphRows? Rows { get; set; }

        public byte Shade { get; set; }

        public int Uses { get; set; }
    }

    /// <summary>The glyphs just placed (<see cref="_placed"/>), drawn as shades from <paramref name="firstShade"/>, for the encoder.</summary>
    private void AddCores(byte firstShade)
    {
        if (!UseGlyphRows || _code is not { IsValueCreated: true } code)
        {
            return;
        }

        foreach (var (glyph, x, y) in _placed)
        {
            var mask = glyph.Mask;
            if (x + mask.Left < 0 || x + mask.Left + mask.Width > _layout.Width || mask.Width == 0)
            {
                continue; // cut by the canvas' side: its rows are not the mask's
            }

            if (glyph.Rows is null || glyph.Shade != firstShade)
            {
                if (++glyph.Uses < 2 || _arena.Used >= MaxGlyphRowBytes)
                {
                    continue;
                }

                glyph.Rows = GlyphRows.Make(mask, firstShade, _backgroundIndex, code.Value, _arena);
                glyph.Shade = firstShade;
            }

            _cores.Add(glyph.Rows, x + mask.Left, y + mask.Top);
        }
    }

    /// <summary>The cores of the card drawn last, sorted into its rows, or null when it gave none.</summary>
    private GlyphCores? SortedCores()
    {
        if (_cores.Count == 0)
        {
            return null;
        }

        _cores.Sort(_layout.Height);
        return _cores;
    }
}

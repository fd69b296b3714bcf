namespace Briefing.Media.Cards;

/// <summary>
/// A word (the glyphs a text places between two spaces, or a run's start and end) that a painter has placed before,
/// the same glyphs at the same offsets, is drawn as one mask: its glyphs' coverage blended once (each pixel the largest),
/// which gives the same shades as its glyphs drawn one by one (the larger coverage has the larger level, and a pixel takes
/// the larger shade). Its rows are precoded as one glyph's (<see cref="GlyphRows"/>): one core a row for the word instead
/// of one for each of its glyphs, which the encoder checks and appends the same way, so the bytes stay the same.
/// A word is kept the third time the painter sees it (titles' names, companies and verbs come back card after card; kept
/// the second time, making words cost a build more than they saved), up to <see cref="MaxWordBytes"/> of masks a painter.
/// </summary>
public sealed partial class CardPainter
{
    private const int MaxWordBytes = 16 << 20;
    private const int MaxWordsSeen = 1 << 16;
    private const int KeptAfter = 3;

    // Where each word of the text being drawn starts in _placed, and whether the next glyph placed starts one.
    private readonly List<int> _wordStarts = [];
    private bool _wordBreak;

    // By key (each glyph's number and offset from the word's first).
    private readonly Dictionary<string, PainterWord> _words = new(StringComparer.Ordinal);
    private char[] _key = new char[64];
    private int _wordBytes;
    private int _glyphIds;

    /// <summary>Tests: false draws every glyph on its own (the reference words must equal).</summary>
    internal bool UseWords { get; set; } = true;

    /// <summary>Tests: how many words the card painted last drew as one mask.</summary>
    internal int WordsDrawn { get; private set; }

    /// <summary>A word as this painter draws it: its glyphs' masks as one (origin at its first glyph's) and, once drawn in a colour, its rows coded.</summary>
    private sealed class PainterWord
    {
        /// <summary>Null until the word is kept.</summary>
        public GlyphMask? Mask { get; set; }

        public int Uses { get; set; }

        public GlyphRows? Rows { get; set; }

        public byte Shade { get; set; }
    }

    /// <summary>The glyphs placed (<see cref="_placed"/>) blended as shades from <paramref name="firstShade"/>, and given to the encoder.</summary>
    private void BlendWords(byte firstShade)
    {
        var code = UseGlyphRows && _code is { IsValueCreated: true } lazy ? lazy.Value : null;
        for (var w = 0; w < _wordStarts.Count; w++)
        {
            var (start, end) = (_wordStarts[w], w + 1 < _wordStarts.Count ? _wordStarts[w + 1] : _placed.Count);
            var word = UseWords && end - start > 1 ? WordOf(start, end) : null;
            if (word is not null)
            {
                var (_, x, y) = _placed[start];
                word.Mask!.BlendShades(_indices, _layout.Width, _layout.Height, x, y, firstShade);
                WordsDrawn++;
                if (code is not null && AddWordCores(word, x, y, firstShade, code))
                {
                    continue;
                }

                for (var i = start; code is not null && i < end; i++)
                {
                    AddCore(_placed[i].Glyph, _placed[i].X, _placed[i].Y, firstShade, code);
                }

                continue;
            }

            for (var i = start; i < end; i++)
            {
                var (glyph, x, y) = _placed[i];
                glyph.Mask.BlendShades(_indices, _layout.Width, _layout.Height, x, y, firstShade);
                if (code is not null)
                {
                    AddCore(glyph, x, y, firstShade, code);
                }
            }
        }
    }

    /// <summary>Gives the encoder the word's rows (made now if needed); false when it cannot (cut by the canvas' side, or no room left).</summary>
    private bool AddWordCores(PainterWord word, int x, int y, byte firstShade, DeflateCode code)
    {
        var mask = word.Mask!;
        if (x + mask.Left < 0 || x + mask.Left + mask.Width > _layout.Width)
        {
            return false;
        }

        if (word.Rows is null || word.Shade != firstShade)
        {
            if (_arena.Used >= MaxGlyphRowBytes + MaxWordBytes)
            {
                return false;
            }

            word.Rows = GlyphRows.Make(mask, firstShade, _backgroundIndex, code, _arena);
            word.Shade = firstShade;
        }

        _cores.Add(word.Rows, x + mask.Left, y + mask.Top);
        return true;
    }

    /// <summary>The word of placed glyphs [<paramref name="start"/>, <paramref name="end"/>), if it is kept (made the second time it is seen); else null.</summary>
    private PainterWord? WordOf(int start, int end)
    {
        var length = 4 * (end - start);
        if (_key.Length < length)
        {
            _key = new char[Math.Max(length, 2 * _key.Length)];
        }

        var (_, x0, y0) = _placed[start];
        for (var i = start; i < end; i++)
        {
            var (glyph, x, y) = _placed[i];
            var at = 4 * (i - start);
            (_key[at], _key[at + 1], _key[at + 2], _key[at + 3]) = ((char)glyph.Id, (char)(glyph.Id >> 16), (char)(x - x0 + 32768), (char)(y - y0 + 32768));
        }

        var key = _key.AsSpan(0, length);
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(key, out var word))
        {
            if (_words.Count < MaxWordsSeen)
            {
                lookup[key] = new PainterWord { Uses = 1 };
            }

            return null;
        }

        if (word.Mask is null && ++word.Uses >= KeptAfter && _wordBytes < MaxWordBytes)
        {
            word.Mask = Combine(start, end);
            _wordBytes += word.Mask.Levels.Length;
        }

        return word.Mask is null ? null : word;
    }

    /// <summary>The placed glyphs [<paramref name="start"/>, <paramref name="end"/>) as one mask, its origin at the first's: each pixel their largest coverage.</summary>
    private GlyphMask Combine(int start, int end)
    {
        var (_, x0, y0) = _placed[start];
        var (left, top, right, bottom) = (int.MaxValue, int.MaxValue, int.MinValue, int.MinValue);
        for (var i = start; i < end; i++)
        {
            var (glyph, x, y) = _placed[i];
            var mask = glyph.Mask;
            (left, top) = (Math.Min(left, x - x0 + mask.Left), Math.Min(top, y - y0 + mask.Top));
            (right, bottom) = (Math.Max(right, x - x0 + mask.Left + mask.Width), Math.Max(bottom, y - y0 + mask.Top + mask.Height));
        }

        // The levels, not the coverage (a level grows with the coverage: the largest level is the largest coverage's).
        // Pinned: a painter keeps thousands of words for the whole build, which collections would otherwise copy.
        var levels = GC.AllocateArray<byte>(((right - left) * (bottom - top)) + GlyphMask.LevelsPadding, pinned: true);
        for (var i = start; i < end; i++)
        {
            var (glyph, x, y) = _placed[i];
            var mask = glyph.Mask;
            new GlyphMask(mask.Left, mask.Top, mask.Width, mask.Height, mask.Levels).Blend(levels, right - left, bottom - top, x - x0 - left, y - y0 - top);
        }

        return GlyphMask.OfLevels(left, top, right - left, bottom - top, levels);
    }
}

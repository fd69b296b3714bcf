using System.Runtime.Intrinsics;

namespace Briefing.Media.Cards;

/// <summary>
/// A text's placed glyphs (<c>_placed</c>) into the indices, two ways with the same pixels. Most often straight, as shades
/// (<see cref="GlyphMask.BlendShades"/>): a pixel two glyphs cover takes the larger shade, which is the shade of the
/// larger coverage, because a colour's shades are consecutive indices above the background's. That needs every pixel
/// the glyphs reach to be the background's or this text's: when they reach where another text of the card drew (boxes
/// that overlap), the coverage is blended first and shaded once over what is there (<see cref="Compose"/>).
/// </summary>
public sealed partial class CardPainter
{
    /// <summary>Tests: every text through the coverage, the reference the straight path must equal.</summary>
    internal bool ThroughCoverageOnly { get; set; }

    /// <summary>Tests: how many texts were drawn through the coverage (boxes that overlap).</summary>
    internal int DrawnThroughCoverage { get; private set; }

    /// <summary>Whether the rectangle meets one that another text of this card drew into.</summary>
    private bool Overlaps((int Top, int Bottom, int Left, int Right) ink)
    {
        foreach (var (top, bottom, left, right, _) in _drawn)
        {
            if (top < ink.Bottom && ink.Top < bottom && left < ink.Right && ink.Left < right)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The placed glyphs blended as shades of <paramref name="colour"/> straight into the indices.</summary>
    private CardPatch? DrawAsShades(uint colour, (int Top, int Bottom, int Left, int Right) ink, bool patch)
    {
        var firstShade = _palette.Shades(colour)[1];
        if (firstShade <= _backgroundTop)
        {
            return DrawThroughCoverage(colour, ink, patch); // not a palette of CardPalette's order
        }

        foreach (var (glyph, x, y) in _placed)
        {
            glyph.Mask.BlendShades(_indices, _layout.Width, _layout.Height, x, y, firstShade);
        }

        AddCores(firstShade);

        // A glyph's mask may have blank rows: the ink's rows are those that changed, so that a band starts and ends with ink.
        var (top, bottom) = (ink.Top, ink.Bottom);
        for (; top < bottom && Unchanged(top, ink.Left, ink.Right); top++)
        {
        }

        for (; bottom > top && Unchanged(bottom - 1, ink.Left, ink.Right); bottom--)
        {
        }

        if (top == bottom)
        {
            return null;
        }

        var width = ink.Right - ink.Left;
        var pixels = patch ? new byte[(bottom - top) * width] : [];
        for (var y = top; patch && y < bottom; y++)
        {
            var at = (y * _layout.Width) + ink.Left;
            Changed(_indices.AsSpan(at, width), _background.AsSpan(at, width), pixels.AsSpan((y - top) * width, width));
        }

        return new(top, bottom, ink.Left, ink.Right, pixels);
    }

    private bool Unchanged(int y, int left, int right) =>
        _indices.AsSpan((y * _layout.Width) + left, right - left).SequenceEqual(_background.AsSpan((y * _layout.Width) + left, right - left));

    /// <summary>Each index of <paramref name="indices"/> that differs from <paramref name="background"/>'s, 0 where it does not (a patch's row).</summary>
    internal static void Changed(ReadOnlySpan<byte> indices, ReadOnlySpan<byte> background, Span<byte> into)
    {
        var x = 0;
        for (; x <= indices.Length - Vector128<byte>.Count; x += Vector128<byte>.Count)
        {
            var pixel = Vector128.Create(indices.Slice(x, Vector128<byte>.Count));
            Vector128.AndNot(pixel, Vector128.Equals(pixel, Vector128.Create(background.Slice(x, Vector128<byte>.Count)))).CopyTo(into[x..]);
        }

        for (; x < indices.Length; x++)
        {
            into[x] = indices[x] == background[x] ? (byte)0 : indices[x];
        }
    }

    /// <summary>The placed glyphs blended into the coverage, then shaded over the indices (<see cref="Compose"/>).</summary>
    private CardPatch? DrawThroughCoverage(uint colour, (int Top, int Bottom, int Left, int Right) ink, bool patch)
    {
        DrawnThroughCoverage++;
        _glyphRects.Clear();
        foreach (var (glyph, x, y) in _placed)
        {
            var mask = glyph.Mask;
            var (from, to) = mask.Blend(_coverage, _layout.Width, _layout.Height, x, y);
            _glyphRects.Add((from, to, Math.Max(0, x + mask.Left), Math.Min(_layout.Width, x + mask.Left + mask.Width)));
        }

        var (top, bottom) = (ink.Top, ink.Bottom);
        for (; top < bottom && !Inked(top, ink.Left, ink.Right); top++)
        {
        }

        for (; bottom > top && !Inked(bottom - 1, ink.Left, ink.Right); bottom--)
        {
        }

        if (top == bottom)
        {
            _glyphRects.Clear();
            return null;
        }

        return new(top, bottom, ink.Left, ink.Right, Compose(colour, top, bottom, ink.Left, ink.Right, patch) ?? []);
    }

    private bool Inked(int y, int left, int right) => _coverage.AsSpan((y * _layout.Width) + left, right - left).ContainsAnyExcept((byte)0);
}

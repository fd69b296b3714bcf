using System.Runtime.Intrinsics;

namespace Briefing.Media.Cards;

public sealed partial class CardPainter
{
    /// <summary>
    /// Writes the coverage of rows [<paramref name="top"/>, <paramref name="bottom"/>) and columns [<paramref name="left"/>,
    /// <paramref name="right"/>) into the indices as shades of <paramref name="colour"/> and clears it; with <paramref name="patch"/>,
    /// through the pixels of a patch (a shade where there is ink, 0 elsewhere), laid over the indices and returned.
    /// </summary>
    private byte[]? Compose(uint colour, int top, int bottom, int left, int right, bool patch)
    {
        var shades = _palette.Shades(colour);
        var width = right - left;
        var pixels = patch ? new byte[(bottom - top) * width] : null;

        // Only where glyphs were blended: a pixel two glyphs cover is shaded once, its coverage cleared the first time.
        foreach (var glyph in _glyphRects)
        {
            var span = glyph.Right - glyph.Left;
            for (var y = Math.Max(top, glyph.Top); y < Math.Min(bottom, glyph.Bottom); y++)
            {
                var coverage = _coverage.AsSpan((y * _layout.Width) + glyph.Left, span);
                Shade(coverage, pixels is null ? _indices.AsSpan((y * _layout.Width) + glyph.Left, span) : pixels.AsSpan(((y - top) * width) + glyph.Left - left, span), shades);
            }
        }

        _glyphRects.Clear();
        for (var y = top; pixels is not null && y < bottom; y++)
        {
            Overlay(pixels.AsSpan((y - top) * width, width), _indices.AsSpan((y * _layout.Width) + left, width));
        }

        return pixels;
    }

    /// <summary>Each byte of <paramref name="patch"/> that is not 0 into <paramref name="into"/>, sixteen at a time.</summary>
    internal static void Overlay(ReadOnlySpan<byte> patch, Span<byte> into)
    {
        var x = 0;
        for (; x <= patch.Length - Vector128<byte>.Count; x += Vector128<byte>.Count)
        {
            var ink = Vector128.Create(patch.Slice(x, Vector128<byte>.Count));
            var blank = Vector128.Equals(ink, Vector128<byte>.Zero);
            if (blank.ExtractMostSignificantBits() != 0xFFFF)
            {
                Vector128.ConditionalSelect(blank, Vector128.Create(into.Slice(x, Vector128<byte>.Count)), ink).CopyTo(into[x..]);
            }
        }

        for (; x < patch.Length; x++)
        {
            if (patch[x] != 0)
            {
                into[x] = patch[x];
            }
        }
    }

    /// <summary>
    /// Each coverage byte that is not zero as its shade in <paramref name="into"/> (<paramref name="shades"/>, from
    /// <see cref="CardPalette.Shades"/>), and the coverage cleared. Sixteen pixels at a time, skipping those without ink:
    /// a shade is the first shade's index plus its level minus one, the level (coverage × 15 + 127) / 255 but at least 1,
    /// which is (coverage + 8) / 17, which is (coverage + 8) × 241 / 4096 for every coverage (a test checks all 256).
    /// </summary>
    internal static void Shade(Span<byte> coverage, Span<byte> into, ReadOnlySpan<byte> shades)
    {
        var x = 0;
        if (coverage.Length >= Vector128<byte>.Count)
        {
            var zero = Vector128<byte>.Zero;
            var offset = Vector128.Create((ushort)8);
            var multiplier = Vector128.Create((ushort)241);
            var firstLevel = Vector128.Create((byte)1);
            var first = Vector128.Create((byte)(shades[1] - 1));
            for (; ; x += Vector128<byte>.Count)
            {
                // The last vector may overlap the one before: shading a shaded pixel again is harmless, as its coverage is cleared.
                x = Math.Min(x, coverage.Length - Vector128<byte>.Count);
                var ink = Vector128.Create(coverage.Slice(x, Vector128<byte>.Count));
                var blank = Vector128.Equals(ink, zero);
                if (blank.ExtractMostSignificantBits() != 0xFFFF)
                {
                    var (low, high) = Vector128.Widen(ink);
                    var level = Vector128.Narrow(((low + offset) * multiplier) >> 12, ((high + offset) * multiplier) >> 12);
                    var shade = first + Vector128.Max(level, firstLevel);
                    Vector128.ConditionalSelect(blank, Vector128.Create(into.Slice(x, Vector128<byte>.Count)), shade).CopyTo(into[x..]);
                    zero.CopyTo(coverage[x..]);
                }

                if (x + Vector128<byte>.Count == coverage.Length)
                {
                    return;
                }
            }
        }

        for (; x < coverage.Length; x++)
        {
            if (coverage[x] != 0)
            {
                into[x] = shades[coverage[x]];
                coverage[x] = 0;
            }
        }
    }
}

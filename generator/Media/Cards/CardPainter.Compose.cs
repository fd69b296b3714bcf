using System.Runtime.Intrinsics;

namespace Briefing.Media.Cards;

public sealed partial class CardPainter
{
    /// <summary>
    /// Writes the coverage of rows [<paramref name="top"/>, <paramref name="bottom"/>) and columns [<paramref name="left"/>,
    /// <paramref name="right"/>) into the indices as shades of <paramref name="colour"/>, clears it, and notes where it drew.
    /// </summary>
    private void Compose(uint colour, int top, int bottom, int left, int right)
    {
        _drawn.Add((top, bottom, left, right));
        var shades = _palette.Shades(colour);
        for (var y = top; y < bottom; y++)
        {
            Shade(_coverage.AsSpan((y * _layout.Width) + left, right - left), _indices.AsSpan((y * _layout.Width) + left, right - left), shades);
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

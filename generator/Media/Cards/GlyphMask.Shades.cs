using System.Runtime.Intrinsics;

namespace Briefing.Media.Cards;

public sealed partial record GlyphMask
{
    private byte[]? _levels;

    /// <summary>
    /// Each pixel's palette level (<see cref="CardPalette"/>): 0 without coverage, else (coverage + 8) × 241 / 4096 but at
    /// least 1 (CardPainter.Shade's formula), row by row, then <see cref="LevelsPadding"/> zeros. Made on first use; masks are shared by threads, and each makes the same array.
    /// </summary>
    internal byte[] Levels => _levels ??= LevelsOf(Coverage);

    /// <summary>16 lanes set, then 16 clear: from 16 - n on, a mask of the first n lanes.</summary>
    private static ReadOnlySpan<byte> LaneMasks => [255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>How many bytes of level 0 follow a mask's levels (read past by <see cref="BlendShades"/>).</summary>
    internal const int LevelsPadding = 16;

    private static byte[] LevelsOf(byte[] coverage)
    {
        var levels = new byte[coverage.Length + LevelsPadding];
        for (var i = 0; i < coverage.Length; i++)
        {
            levels[i] = coverage[i] == 0 ? (byte)0 : (byte)Math.Max(1, (coverage[i] + 8) * 241 >> 12);
        }

        return levels;
    }

    /// <summary>
    /// Draws the glyph, its origin at (<paramref name="x"/>, <paramref name="y"/>), straight into <paramref name="into"/>'s
    /// palette indices (<paramref name="width"/> × <paramref name="height"/>) as shades whose level 1 is
    /// <paramref name="firstShade"/>: where it has coverage, a pixel becomes the larger of what it is and the glyph's
    /// shade. That is the shade of the larger coverage (the shades of a colour are consecutive indices, in order) only
    /// while every pixel it draws over is either this text's or below <paramref name="firstShade"/> (the background):
    /// the caller makes sure. Clipped to the canvas.
    /// </summary>
    internal void BlendShades(Span<byte> into, int width, int height, int x, int y, byte firstShade)
    {
        var left = x + Left;
        var top = y + Top;
        var from = Math.Max(0, -left);
        var to = Math.Min(Width, width - left);
        var first = Math.Max(0, -top);
        var last = Math.Min(Height, height - top);
        if (from >= to || first >= last)
        {
            return;
        }

        var levels = Levels;
        var count = to - from;
        var offset = (byte)(firstShade - 1);
        var offsets = Vector128.Create(offset);
        var wideOffsets = Vector256.Create(offset);
        for (var row = first; row < last; row++)
        {
            var source = levels.AsSpan((row * Width) + from, count);
            var target = into.Slice(((top + row) * width) + left + from, count);
            if (count < Vector128<byte>.Count)
            {
                // A narrow glyph (small text): one vector whose lanes past the glyph's row are level 0, when both arrays
                // have 16 bytes there (the levels are padded; a row at the canvas' end is drawn a pixel at a time).
                var at = ((top + row) * width) + left + from;
                if (into.Length - at >= Vector128<byte>.Count)
                {
                    var level = Vector128.Create(levels.AsSpan((row * Width) + from, Vector128<byte>.Count)) & Vector128.Create(LaneMasks.Slice(Vector128<byte>.Count - count, Vector128<byte>.Count));
                    var pixel = Vector128.Create(into.Slice(at, Vector128<byte>.Count));
                    Vector128.ConditionalSelect(Vector128.Equals(level, Vector128<byte>.Zero), pixel, Vector128.Max(pixel, level + offsets)).CopyTo(into[at..]);
                    continue;
                }

                for (var i = 0; i < count; i++)
                {
                    if (source[i] != 0)
                    {
                        target[i] = Math.Max(target[i], (byte)(source[i] + offset));
                    }
                }

                continue;
            }

            if (count >= Vector256<byte>.Count && Vector256.IsHardwareAccelerated)
            {
                // As below, 32 pixels at a time (a title's glyphs are 30–70 pixels wide).
                for (var i = 0; ; i += Vector256<byte>.Count)
                {
                    i = Math.Min(i, count - Vector256<byte>.Count);
                    var level = Vector256.Create(source.Slice(i, Vector256<byte>.Count));
                    var pixel = Vector256.Create(target.Slice(i, Vector256<byte>.Count));
                    Vector256.ConditionalSelect(Vector256.Equals(level, Vector256<byte>.Zero), pixel, Vector256.Max(pixel, level + wideOffsets)).CopyTo(target[i..]);
                    if (i + Vector256<byte>.Count == count)
                    {
                        break;
                    }
                }

                continue;
            }

            // The last vector may overlap the one before: the larger of a pixel and the same shade again is the same.
            for (var i = 0; ; i += Vector128<byte>.Count)
            {
                i = Math.Min(i, count - Vector128<byte>.Count);
                var level = Vector128.Create(source.Slice(i, Vector128<byte>.Count));
                var pixel = Vector128.Create(target.Slice(i, Vector128<byte>.Count));
                Vector128.ConditionalSelect(Vector128.Equals(level, Vector128<byte>.Zero), pixel, Vector128.Max(pixel, level + offsets)).CopyTo(target[i..]);
                if (i + Vector128<byte>.Count == count)
                {
                    break;
                }
            }
        }
    }
}

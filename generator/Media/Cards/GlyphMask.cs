using System.Runtime.Intrinsics;

namespace Briefing.Media.Cards;

/// <summary>
/// One glyph's anti-aliased coverage (0–255, row by row) and where it sits relative to the glyph's origin on the
/// baseline: <see cref="Left"/> and <see cref="Top"/> are the offsets of its first column and row.
/// </summary>
public sealed partial record GlyphMask(int Left, int Top, int Width, int Height, byte[] Coverage)
{
    /// <summary>A glyph that draws nothing (a space).</summary>
    public static GlyphMask Empty { get; } = new(0, 0, 0, 0, []);

    /// <summary>
    /// Blends the glyph, its origin at (<paramref name="x"/>, <paramref name="y"/>), into <paramref name="into"/>
    /// (<paramref name="width"/> × <paramref name="height"/> coverage): each pixel keeps the larger coverage, so
    /// touching glyphs never darken each other. Clipped to the canvas; returns the rows it touched.
    /// </summary>
    public (int Top, int Bottom) Blend(Span<byte> into, int width, int height, int x, int y)
    {
        var left = x + Left;
        var top = y + Top;
        var from = Math.Max(0, -left);
        var to = Math.Min(Width, width - left);
        var first = Math.Max(0, -top);
        var last = Math.Min(Height, height - top);
        if (from >= to || first >= last)
        {
            return (0, 0);
        }

        var count = to - from;
        for (var row = first; row < last; row++)
        {
            var source = Coverage.AsSpan((row * Width) + from, count);
            var target = into.Slice(((top + row) * width) + left + from, count);
            if (count < Vector128<byte>.Count)
            {
                for (var i = 0; i < count; i++)
                {
                    target[i] = Math.Max(source[i], target[i]);
                }

                continue;
            }

            // The last vector may overlap the one before: the maximum of a pixel and the same coverage again is the same.
            for (var i = 0; ; i += Vector128<byte>.Count)
            {
                i = Math.Min(i, count - Vector128<byte>.Count);
                Vector128.Max(Vector128.Create(source.Slice(i, Vector128<byte>.Count)), Vector128.Create(target.Slice(i, Vector128<byte>.Count))).CopyTo(target[i..]);
                if (i + Vector128<byte>.Count == count)
                {
                    break;
                }
            }
        }

        return (top + first, top + last);
    }
}

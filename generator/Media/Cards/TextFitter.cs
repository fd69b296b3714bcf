namespace Briefing.Media.Cards;

/// <summary>
/// Shrink-to-fit: the largest size, from the box's <c>size</c> down to its <c>min_size</c> in steps of 2 px, at which
/// the text wraps into at most <c>max_lines</c> lines that fit the box's height, with no word wider than the box.
/// Below that, a word wider than the box shrinks the text further (a word is never cut), and text that still needs
/// more lines keeps the lines that fit, the last ending in an ellipsis at a word boundary.
/// </summary>
public static class TextFitter
{
    public const string Ellipsis = "…";

    /// <param name="unitWidths">Each segment's width at a size of 1 px (widths scale with the size: no hinting).</param>
    /// <param name="unitSpace">A space's width at 1 px; <paramref name="unitEllipsis"/> the ellipsis'.</param>
    /// <param name="width">The box's width here (narrower beside a hero image).</param>
    public static FittedText Fit(IReadOnlyList<CardSegment> segments, IReadOnlyList<float> unitWidths, float unitSpace, float unitEllipsis,
        CardTextStyle style, float width)
    {
        if (segments.Count == 0)
        {
            return new FittedText(style.Size, [], false);
        }

        var widest = unitWidths.Max();
        for (var size = style.Size; ; size = Math.Max(style.MinSize, size - 2))
        {
            var lines = Lines(segments, unitWidths, unitSpace, size, width);
            if (lines.Count <= MaxLines(style, size) && widest * size <= width)
            {
                return new FittedText(size, lines.Select(l => LineBreaker.Join(segments, l.Start, l.Count)).ToArray(), false);
            }

            if (size <= style.MinSize)
            {
                break;
            }
        }

        // A word wider than the box at the smallest size: shrink until it fits rather than cut it.
        var last = widest * style.MinSize > width ? MathF.Floor(width / widest * 2) / 2 : style.MinSize;
        var broken = Lines(segments, unitWidths, unitSpace, last, width);
        var max = MaxLines(style, last);
        if (broken.Count <= max)
        {
            return new FittedText(last, broken.Select(l => LineBreaker.Join(segments, l.Start, l.Count)).ToArray(), false);
        }

        var kept = broken.Take(max).Select(l => LineBreaker.Join(segments, l.Start, l.Count)).ToList();
        var (start, count) = broken[max - 1];
        for (; count > 1; count--)
        {
            var lineWidth = 0f;
            for (var i = start; i < start + count; i++)
            {
                lineWidth += unitWidths[i] + (i > start && segments[i - 1].SpaceAfter ? unitSpace : 0);
            }

            if ((lineWidth + unitEllipsis) * last <= width)
            {
                break;
            }
        }

        kept[^1] = LineBreaker.Join(segments, start, count) + Ellipsis;
        return new FittedText(last, kept, true);
    }

    private static IReadOnlyList<(int Start, int Count)> Lines(IReadOnlyList<CardSegment> segments, IReadOnlyList<float> unitWidths,
        float unitSpace, float size, float width) =>
        LineBreaker.Break(segments, unitWidths.Select(w => w * size).ToArray(), unitSpace * size, width);

    /// <summary>How many lines fit: <c>max_lines</c>, fewer when the box's height holds fewer at this size (always one).</summary>
    private static int MaxLines(CardTextStyle style, float size) =>
        Math.Max(1, Math.Min(style.MaxLines, (int)(style.Height / (size * style.LineHeight) + 0.01f)));
}

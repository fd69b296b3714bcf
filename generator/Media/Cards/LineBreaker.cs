using System.Globalization;
using System.Text;

namespace Briefing.Media.Cards;

/// <summary>
/// Wraps a card's text into lines at break opportunities only: after a space, and between two CJK characters (Han,
/// kana, Hangul, which are written without spaces). A word is never cut: a word wider than the box stays whole on a
/// line of its own (the fitter shrinks the text until it fits). No line starts with closing CJK punctuation.
/// </summary>
public static class LineBreaker
{
    /// <summary>The unbreakable pieces of <paramref name="text"/>, each with whether a space follows it.</summary>
    public static IReadOnlyList<CardSegment> Segments(string text)
    {
        var segments = new List<CardSegment>();
        var word = new StringBuilder();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        void Flush(bool space)
        {
            if (word.Length > 0)
            {
                segments.Add(new CardSegment(word.ToString(), space));
                word.Clear();
            }
            else if (space && segments.Count > 0 && !segments[^1].SpaceAfter)
            {
                segments[^1] = segments[^1] with { SpaceAfter = true };
            }
        }

        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            var rune = Rune.GetRuneAt(element, 0);
            if (Rune.IsWhiteSpace(rune))
            {
                Flush(space: true);
            }
            else if (IsCjk(rune))
            {
                // A CJK character ends the word before it and is a piece of its own, unless it is closing
                // punctuation, which stays with what comes before it.
                if (IsClosing(rune) && word.Length == 0 && segments.Count > 0 && !segments[^1].SpaceAfter)
                {
                    segments[^1] = segments[^1] with { Text = segments[^1].Text + element };
                    continue;
                }

                if (IsClosing(rune))
                {
                    word.Append(element);
                    Flush(space: false);
                    continue;
                }

                Flush(space: false);
                word.Append(element);
                Flush(space: false);
            }
            else
            {
                if (word.Length == 0 && segments.Count > 0 && !segments[^1].SpaceAfter && IsCjk(Rune.GetRuneAt(segments[^1].Text, 0))
                    && !Rune.IsLetterOrDigit(rune))
                {
                    // Latin punctuation right after a CJK character (a comma, a full stop) stays with it.
                    segments[^1] = segments[^1] with { Text = segments[^1].Text + element };
                    continue;
                }

                word.Append(element);
            }
        }

        Flush(space: false);
        return segments;
    }

    /// <summary>
    /// Greedy breaking: as many segments on each line as fit <paramref name="width"/>. Returns each line's first
    /// segment index and count; a segment wider than the box gets a line of its own.
    /// </summary>
    /// <param name="widths">Each segment's width; <paramref name="space"/> is the width of one space.</param>
    public static IReadOnlyList<(int Start, int Count)> Break(IReadOnlyList<CardSegment> segments, IReadOnlyList<float> widths, float space, float width)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        var lineWidth = 0f;
        for (var i = 0; i < segments.Count; i++)
        {
            var gap = i > start && segments[i - 1].SpaceAfter ? space : 0;
            if (i > start && lineWidth + gap + widths[i] > width)
            {
                lines.Add((start, i - start));
                start = i;
                lineWidth = widths[i];
                continue;
            }

            lineWidth += gap + widths[i];
        }

        if (start < segments.Count)
        {
            lines.Add((start, segments.Count - start));
        }

        return lines;
    }

    /// <summary>The text of a line: its segments, with a space after each that had one (but the last).</summary>
    public static string Join(IReadOnlyList<CardSegment> segments, int start, int count)
    {
        var text = new StringBuilder();
        for (var i = start; i < start + count; i++)
        {
            text.Append(segments[i].Text);
            if (segments[i].SpaceAfter && i < start + count - 1)
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    private static bool IsCjk(Rune rune) => rune.Value is (>= 0x2E80 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF)
        or (>= 0xFF00 and <= 0xFFEF) or (>= 0x20000 and <= 0x3FFFF);

    private static bool IsClosing(Rune rune) => rune.Value is 0x3001 or 0x3002 or 0xFF0C or 0xFF0E or 0xFF1A or 0xFF1B or 0xFF01 or 0xFF1F
        or 0xFF09 or 0x300D or 0x300F or 0x3011 or 0x3009 or 0x300B or 0x30FC;
}

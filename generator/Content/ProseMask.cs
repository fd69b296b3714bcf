using System.Buffers;

namespace Briefing.Content;

/// <summary>
/// A Markdown body with what readers do not see as prose blanked out, columns and line breaks kept: fenced code
/// blocks, inline code spans, link destinations <c>](…)</c>, autolinks <c>&lt;https://…&gt;</c> and link
/// reference definitions. Link text stays: readers see it. A deliberately small approximation of CommonMark.
/// </summary>
internal static class ProseMask
{
    /// <summary>
    /// Calls <paramref name="line"/> with each line of <paramref name="body"/> (split at <c>\n</c> only), masked, and its
    /// 0-based number. Hidden text is blanked with spaces; a hidden line is all spaces. One rented buffer per body:
    /// the masked lines are never strings.
    /// </summary>
    public static void ForEachLine(string body, LineAction line)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, body.Length));
        try
        {
            var masked = buffer.AsSpan(0, body.Length);
            Mask(body, masked);
            var start = 0;
            var number = 0;
            while (true)
            {
                var newline = masked[start..].IndexOf('\n');
                var end = newline < 0 ? masked.Length : start + newline;
                line(masked[start..end], number++);
                if (newline < 0)
                {
                    break;
                }

                start = end + 1;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>What <see cref="ForEachLine"/> calls with each masked line and its 0-based number.</summary>
    internal delegate void LineAction(ReadOnlySpan<char> line, int number);

    /// <summary>Writes <paramref name="body"/> into <paramref name="masked"/> (its length) with hidden text blanked.</summary>
    internal static void Mask(ReadOnlySpan<char> body, Span<char> masked)
    {
        body.CopyTo(masked);
        var fence = (Char: '\0', Length: 0);
        var start = 0;
        while (true)
        {
            var newline = body[start..].IndexOf('\n');
            var end = newline < 0 ? body.Length : start + newline;
            var line = body[start..end];
            var trimmed = line.TrimStart(' ');
            var indent = line.Length - trimmed.Length;
            var run = indent <= 3 && trimmed.Length >= 3 && trimmed[0] is '`' or '~' ? Run(trimmed, 0) : 0;
            if (fence.Length == 0 && run >= 3)
            {
                fence = (trimmed[0], run);
                masked[start..end].Fill(' ');
            }
            else if (fence.Length > 0)
            {
                if (run >= fence.Length && trimmed[0] == fence.Char && trimmed[run..].Trim().Length == 0)
                {
                    fence = ('\0', 0);
                }

                masked[start..end].Fill(' ');
            }
            else if (indent <= 3 && trimmed.StartsWith('[') && trimmed.Contains("]:", StringComparison.Ordinal))
            {
                masked[start..end].Fill(' ');
            }
            else
            {
                MaskInline(line, masked[start..end]);
            }

            if (newline < 0)
            {
                return;
            }

            start = end + 1;
        }
    }

    private static void MaskInline(ReadOnlySpan<char> line, Span<char> chars)
    {
        if (line.IndexOfAny('`', '(', '<') < 0)
        {
            return;
        }

        var i = 0;
        while (i < line.Length)
        {
            var end = line[i] switch
            {
                '`' => CodeSpanEnd(line, i),
                '(' when i > 0 && line[i - 1] == ']' => ParenEnd(line, i),
                '<' => AutolinkEnd(line, i),
                _ => -1,
            };
            if (end < 0)
            {
                i += line[i] == '`' ? Run(line, i) : 1;
                continue;
            }

            chars[i..end].Fill(' ');
            i = end;
        }
    }

    /// <summary>The index after the closing backticks of the code span opened at <paramref name="start"/>, or -1.</summary>
    private static int CodeSpanEnd(ReadOnlySpan<char> line, int start)
    {
        var length = Run(line, start);
        for (var i = start + length; i < line.Length; i++)
        {
            if (line[i] != '`')
            {
                continue;
            }

            var closing = Run(line, i);
            if (closing == length)
            {
                return i + closing;
            }

            i += closing - 1;
        }

        return -1;
    }

    private static int ParenEnd(ReadOnlySpan<char> line, int start)
    {
        var depth = 0;
        for (var i = start; i < line.Length; i++)
        {
            depth += line[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static int AutolinkEnd(ReadOnlySpan<char> line, int start)
    {
        var close = line[start..].IndexOf('>');
        if (close < 0)
        {
            return -1;
        }

        var inside = line.Slice(start + 1, close - 1);
        return inside.IndexOfAny(' ', '<') < 0 && (inside.Contains(':') || inside.Contains('@')) ? start + close + 1 : -1;
    }

    private static int Run(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] == text[start])
        {
            end++;
        }

        return end - start;
    }
}

namespace Briefing.Content;

/// <summary>
/// The lines of a Markdown body with what readers do not see as prose blanked out, columns kept: fenced code
/// blocks, inline code spans, link destinations <c>](…)</c>, autolinks <c>&lt;https://…&gt;</c> and link
/// reference definitions. Link text stays: readers see it. A deliberately small approximation of CommonMark.
/// </summary>
internal static class ProseMask
{
    public static IEnumerable<string> Lines(string body)
    {
        var fence = (Char: '\0', Length: 0);
        foreach (var line in body.Split('\n'))
        {
            var trimmed = line.TrimStart(' ');
            var indent = line.Length - trimmed.Length;
            var run = indent <= 3 && trimmed.Length >= 3 && trimmed[0] is '`' or '~' ? Run(trimmed, 0) : 0;
            if (fence.Length == 0 && run >= 3)
            {
                fence = (trimmed[0], run);
                yield return string.Empty;
            }
            else if (fence.Length > 0)
            {
                if (run >= fence.Length && trimmed[0] == fence.Char && trimmed[run..].Trim().Length == 0)
                {
                    fence = ('\0', 0);
                }

                yield return string.Empty;
            }
            else if (indent <= 3 && trimmed.StartsWith('[') && trimmed.Contains("]:", StringComparison.Ordinal))
            {
                yield return string.Empty;
            }
            else
            {
                yield return MaskInline(line);
            }
        }
    }

    private static string MaskInline(string line)
    {
        if (line.AsSpan().IndexOfAny('`', '(', '<') < 0)
        {
            return line;
        }

        var chars = line.ToCharArray();
        var i = 0;
        while (i < chars.Length)
        {
            var end = chars[i] switch
            {
                '`' => CodeSpanEnd(line, i),
                '(' when i > 0 && line[i - 1] == ']' => ParenEnd(line, i),
                '<' => AutolinkEnd(line, i),
                _ => -1,
            };
            if (end < 0)
            {
                i += chars[i] == '`' ? Run(line, i) : 1;
                continue;
            }

            Array.Fill(chars, ' ', i, end - i);
            i = end;
        }

        return new string(chars);
    }

    /// <summary>The index after the closing backticks of the code span opened at <paramref name="start"/>, or -1.</summary>
    private static int CodeSpanEnd(string line, int start)
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

    private static int ParenEnd(string line, int start)
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

    private static int AutolinkEnd(string line, int start)
    {
        var close = line.IndexOf('>', start);
        if (close < 0)
        {
            return -1;
        }

        var inside = line.AsSpan(start + 1, close - start - 1);
        return inside.IndexOfAny(' ', '<') < 0 && (inside.Contains(':') || inside.Contains('@')) ? close + 1 : -1;
    }

    private static int Run(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] == text[start])
        {
            end++;
        }

        return end - start;
    }
}

namespace Briefing.Content;

/// <summary>
/// Counts the words of a Markdown body as a reader sees them: the prose of <see cref="ProseMask"/> (no code blocks,
/// link destinations or autolinks), split on white space; a word holds a letter or digit, so Markdown's own marks
/// (<c>##</c>, <c>*</c>, <c>&gt;</c>, table rules) and list numbers (<c>1.</c>) are not words. Linear in the body's
/// length and run once when the file is parsed; the build cache keeps the count.
/// </summary>
internal static class WordCounter
{
    public static int Count(string body)
    {
        var words = 0;
        ProseMask.ForEachLine(body, (line, _) => words += CountLine(line));
        return words;
    }

    private static int CountLine(ReadOnlySpan<char> span)
    {
        var words = 0;
        var first = true;
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && char.IsWhiteSpace(span[i]))
            {
                i++;
            }

            var start = i;
            var hasWord = false;
            while (i < span.Length && !char.IsWhiteSpace(span[i]))
            {
                hasWord |= char.IsLetterOrDigit(span[i]);
                i++;
            }

            if (hasWord && !(first && IsListNumber(span[start..i])))
            {
                words++;
            }

            if (i > start)
            {
                first = false;
            }
        }

        return words;
    }

    /// <summary><c>1.</c> or <c>12)</c>: an ordered list's marker, not a word.</summary>
    private static bool IsListNumber(ReadOnlySpan<char> token) =>
        token.Length >= 2 && token[^1] is '.' or ')' && token[..^1].IndexOfAnyExceptInRange('0', '9') < 0;
}

namespace Briefing.Content;

/// <summary>A briefing file split at its <c>---</c> fences. Lines are 1-based lines of the original file.</summary>
internal sealed record FrontMatter(string Yaml, int YamlLine, string Body, int BodyLine)
{
    /// <summary>Splits <paramref name="text"/>; on failure returns null and the line and column of the problem.</summary>
    public static FrontMatter? Split(string text, out (int Line, int Column, bool Unclosed) problem)
    {
        problem = default;
        var firstEnd = text.IndexOf('\n');
        var firstLine = firstEnd < 0 ? text : text[..firstEnd];
        if (firstLine.TrimEnd() != "---")
        {
            problem = (1, 1, false);
            return null;
        }

        var yamlStart = firstEnd + 1;
        var pos = yamlStart;
        var line = 2;
        while (pos <= text.Length && firstEnd >= 0)
        {
            var end = text.IndexOf('\n', pos);
            var current = end < 0 ? text.AsSpan(pos) : text.AsSpan(pos, end - pos);
            var trimmed = current.TrimEnd();
            if (trimmed is "---" or "...")
            {
                var body = end < 0 ? string.Empty : text[(end + 1)..];
                return new FrontMatter(text[yamlStart..pos], 2, body, line + 1);
            }

            if (end < 0)
            {
                break;
            }

            pos = end + 1;
            line++;
        }

        problem = (1, 1, true);
        return null;
    }
}

using Briefing.Model;

namespace Briefing.Content;

/// <summary>A briefing file split at its <c>---</c> fences. Lines are 1-based lines of the original file.</summary>
internal sealed record FrontMatter(string Yaml, int YamlLine, string Body, int BodyLine)
{
    /// <summary>
    /// Splits <paramref name="text"/> and parses its YAML: the root mapping and the split file, or null after reporting
    /// a missing or unclosed fence (BRF002, BRF003) or the YAML's problem. <paramref name="kind"/> names the file in the
    /// message ("a briefing", "a page").
    /// </summary>
    public static (FrontMatter Front, YamlMapping Root)? Read(ReadOnlySpan<char> text, string relativePath, string kind, DiagnosticBag diagnostics)
    {
        var front = Split(text, out var problem);
        if (front is null)
        {
            var span = new SourceSpan(relativePath, problem.Line, problem.Column);
            if (problem.Unclosed)
            {
                diagnostics.Error(DiagnosticCodes.UnclosedFrontMatter, span, "the front matter opened here is never closed; add a '---' line after it");
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.MissingFrontMatter, span, $"{kind} must start with a '---' line, then its front matter, then another '---' line");
            }

            return null;
        }

        var root = YamlText.ParseMapping(front.Yaml, relativePath, front.YamlLine, diagnostics);
        return root is null ? null : (front, root);
    }

    /// <summary>Splits <paramref name="text"/>; on failure returns null and the line and column of the problem.</summary>
    public static FrontMatter? Split(ReadOnlySpan<char> text, out (int Line, int Column, bool Unclosed) problem)
    {
        problem = default;
        var firstEnd = text.IndexOf('\n');
        var firstLine = firstEnd < 0 ? text : text[..firstEnd];
        if (firstLine.TrimEnd() is not "---")
        {
            problem = (1, 1, false);
            return null;
        }

        var yamlStart = firstEnd + 1;
        var pos = yamlStart;
        var line = 2;
        while (pos <= text.Length && firstEnd >= 0)
        {
            var end = text[pos..].IndexOf('\n') is var at and >= 0 ? pos + at : -1;
            var current = end < 0 ? text[pos..] : text.Slice(pos, end - pos);
            var trimmed = current.TrimEnd();
            if (trimmed is "---" or "...")
            {
                var body = end < 0 ? string.Empty : text[(end + 1)..].ToString();
                return new FrontMatter(text[yamlStart..pos].ToString(), 2, body, line + 1);
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

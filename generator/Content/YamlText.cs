using Briefing.Model;
using YamlDotNet.Core;

namespace Briefing.Content;

/// <summary>Parses a YAML document into a node tree that keeps every value's position.</summary>
internal static class YamlText
{
    /// <summary>
    /// The root mapping of <paramref name="yaml"/>, or null after reporting why. <paramref name="firstLine"/> is the
    /// line of the file the YAML text starts on, so positions are reported in the file's own lines.
    /// </summary>
    public static YamlMapping? ParseMapping(string yaml, string path, int firstLine, DiagnosticBag diagnostics)
    {
        YamlValue? root;
        try
        {
            root = YamlTokenReader.Read(yaml);
        }
        catch (YamlLimitException ex)
        {
            diagnostics.Error(DiagnosticCodes.YamlLimit, new SourceSpan(path, (int)Math.Max(1, ex.Start.Line) + firstLine - 1, (int)Math.Max(1, ex.Start.Column)), ex.Message);
            return null;
        }
        catch (YamlException ex)
        {
            var message = CleanMessage(ex);
            var (line, column) = Locate(yaml, ex);
            var span = new SourceSpan(path, line + firstLine - 1, column);
            const string duplicate = "invalid YAML: duplicate key ";
            if (message.StartsWith(duplicate, StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateKey, span, $"the key '{message[duplicate.Length..]}' appears twice; keep one");
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.YamlSyntax, span, message);
            }

            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException)
        {
            // YamlDotNet promises YamlException and throws these on some malformed input: still the editor's YAML, not a crash.
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceSpan(path, firstLine, 1), "invalid YAML: the front matter could not be read; look for an unclosed '[', '{' or quote");
            return null;
        }

        switch (root)
        {
            case null:
            case YamlScalar { IsNull: true }:
                return new YamlMapping([], new Mark(0, 1, 1));
            case YamlMapping mapping:
                return mapping;
            default:
                diagnostics.Error(DiagnosticCodes.WrongType, new SourceSpan(path, (int)root.Start.Line + firstLine - 1, (int)root.Start.Column),
                    "expected 'key: value' lines at the top level");
                return null;
        }
    }

    /// <summary>
    /// The error's 1-based line and column in <paramref name="yaml"/>. YamlDotNet reports a tab used as indentation and
    /// an unknown alias at the start of the stream, so those two are found in the text.
    /// </summary>
    private static (int Line, int Column) Locate(string yaml, YamlException ex)
    {
        var start = ((int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column));
        if (ex.Start.Line > 1 || ex.Start.Column > 1)
        {
            return start;
        }

        var lines = yaml.Split('\n');
        if (ex.Message.Contains("invalid tab as indentation", StringComparison.Ordinal))
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
                var tab = lines[i].IndexOf('\t', 0, indent);
                if (tab >= 0)
                {
                    return (i + 1, tab + 1);
                }
            }
        }
        else if (ex is AnchorNotFoundException && ex.Message.Split('\'') is [_, var anchor, ..])
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var at = lines[i].IndexOf("*" + anchor, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return (i + 1, at + 1);
                }
            }
        }

        return start;
    }

    private static string CleanMessage(YamlException ex)
    {
        var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 40) - (Line: ...): " — we print our own position.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && cut >= 0)
        {
            message = message[(cut + 3)..];
        }

        message = message.Trim().TrimEnd('.');
        return "invalid YAML: " + (message.Length == 0 ? "syntax error" : char.ToLowerInvariant(message[0]) + message[1..]);
    }
}

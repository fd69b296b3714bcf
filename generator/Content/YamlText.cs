using Briefing.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefing.Content;

/// <summary>Parses a YAML document into a node tree that keeps every value's position.</summary>
internal static class YamlText
{
    /// <summary>
    /// The root mapping of <paramref name="yaml"/>, or null after reporting why. <paramref name="firstLine"/> is the
    /// line of the file the YAML text starts on, so positions are reported in the file's own lines.
    /// </summary>
    public static YamlMappingNode? ParseMapping(string yaml, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var mark = ex.Start;
            var message = CleanMessage(ex);
            var span = new SourceSpan(path, (int)mark.Line + firstLine - 1, (int)Math.Max(1, mark.Column));
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

        if (stream.Documents.Count == 0)
        {
            return new YamlMappingNode();
        }

        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
        {
            return mapping;
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode { Value: null or "" or "~" })
        {
            return new YamlMappingNode();
        }

        diagnostics.Error(DiagnosticCodes.WrongType, new SourceSpan(path, (int)root.Start.Line + firstLine - 1, (int)root.Start.Column),
            "expected 'key: value' lines at the top level");
        return null;
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

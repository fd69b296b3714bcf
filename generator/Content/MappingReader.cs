using System.Globalization;
using Briefing.Model;
using YamlDotNet.Core;

namespace Briefing.Content;

/// <summary>
/// Reads one YAML mapping into typed values, reporting unknown keys and wrong shapes with the value's own
/// line and column. The content model's DTOs are built from it, so no value loses its position.
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlMapping _node;
    private readonly string _path;
    private readonly int _firstLine;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, (YamlScalar Key, YamlValue Value)> _entries = new(StringComparer.Ordinal);

    public MappingReader(YamlMapping node, string path, int firstLine, DiagnosticBag diagnostics, IReadOnlyList<string> allowedKeys)
    {
        _node = node;
        _path = path;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
        foreach (var (key, value) in node.Entries)
        {
            if (key is not YamlScalar { Value: var name } scalar)
            {
                diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(key), "keys must be plain names");
                continue;
            }

            if (!allowedKeys.Contains(name))
            {
                var hint = Suggest.Closest(name, allowedKeys);
                diagnostics.Error(DiagnosticCodes.UnknownKey, SpanOf(key),
                    $"unknown key '{name}'" + (hint is null
                        ? $" (allowed: {string.Join(", ", allowedKeys)})"
                        : $" (did you mean '{hint}'?)"));
                continue;
            }

            if (!_entries.TryAdd(name, (scalar, value)))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateKey, SpanOf(key), $"the key '{name}' appears twice; keep one");
            }
        }
    }

    public SourceSpan Span => SpanOf(_node);

    public string Path => _path;

    public DiagnosticBag Diagnostics => _diagnostics;

    public SourceSpan SpanOf(YamlValue node) => At(node.Start);

    public SourceSpan At(Mark mark) => new(_path, (int)mark.Line + _firstLine - 1, (int)Math.Max(1, mark.Column));

    public bool Has(string key) => _entries.TryGetValue(key, out var e) && !IsNull(e.Value);

    public SourceSpan SpanOfKey(string key) => _entries.TryGetValue(key, out var e) ? SpanOf(e.Key) : Span;

    /// <summary>A text value; null if absent or <c>~</c>. Required and empty → BRF006.</summary>
    public Located<string>? String(string key, bool required = false)
    {
        if (!_entries.TryGetValue(key, out var entry) || IsNull(entry.Value))
        {
            if (required)
            {
                Missing(key, entry.Key);
            }

            return null;
        }

        if (entry.Value is not YamlScalar scalar)
        {
            _diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(entry.Value), $"'{key}' must be text, not {Shape(entry.Value)}");
            return null;
        }

        var text = scalar.Value ?? string.Empty;
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Missing(key, entry.Key);
            return null;
        }

        CheckCharacters(text, SpanOf(scalar), key);
        return new Located<string>(text, SpanOf(scalar));
    }

    public bool? Bool(string key)
    {
        var value = Scalar(key, "true or false");
        if (value is null)
        {
            return null;
        }

        if (bool.TryParse(value.Value.Value, out var result))
        {
            return result;
        }

        _diagnostics.Error(DiagnosticCodes.WrongType, value.Value.Span, $"'{key}' must be true or false, not '{value.Value.Value}'");
        return null;
    }

    public Located<int>? PositiveInt(string key)
    {
        var value = Scalar(key, "a whole number");
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value.Value.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            return new Located<int>(n, value.Value.Span);
        }

        _diagnostics.Error(DiagnosticCodes.InvalidNumber, value.Value.Span, $"'{key}' must be a whole number above 0, not '{value.Value.Value}'");
        return null;
    }

    /// <summary>A list of text values (<c>[a, b]</c> or one per line); absent → empty.</summary>
    public IReadOnlyList<Located<string>> StringList(string key)
    {
        var items = Sequence(key);
        var result = new List<Located<string>>(items.Count);
        foreach (var item in items)
        {
            if (item is YamlScalar { Value: var text } scalar && !IsNull(item))
            {
                CheckCharacters(text, SpanOf(scalar), key);
                result.Add(new Located<string>(text, SpanOf(scalar)));
            }
            else
            {
                _diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(item), $"each item of '{key}' must be text, not {Shape(item)}");
            }
        }

        return result;
    }

    /// <summary>A list of text values, or one text value standing for a list of one (<c>menu: main</c>); absent → empty.</summary>
    public IReadOnlyList<Located<string>> StringOrList(string key) =>
        _entries.TryGetValue(key, out var entry) && entry.Value is YamlScalar && !IsNull(entry.Value)
            ? String(key) is { } one ? [one] : []
            : StringList(key);

    /// <summary>A nested mapping read with its own allowed keys; null when absent (or not a mapping: BRF007).</summary>
    public MappingReader? Mapping(string key, IReadOnlyList<string> allowedKeys)
    {
        if (!_entries.TryGetValue(key, out var entry) || IsNull(entry.Value))
        {
            return null;
        }

        if (entry.Value is YamlMapping mapping)
        {
            return new MappingReader(mapping, _path, _firstLine, _diagnostics, allowedKeys);
        }

        _diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(entry.Value), $"'{key}' must be a mapping of 'key: value' lines, not {Shape(entry.Value)}");
        return null;
    }

    /// <summary>A list of mappings, each read with its own allowed keys.</summary>
    public IReadOnlyList<MappingReader> MappingList(string key, IReadOnlyList<string> allowedKeys)
    {
        var items = Sequence(key);
        var result = new List<MappingReader>(items.Count);
        foreach (var item in items)
        {
            if (item is YamlMapping mapping)
            {
                result.Add(new MappingReader(mapping, _path, _firstLine, _diagnostics, allowedKeys));
            }
            else
            {
                _diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(item),
                    $"each item of '{key}' must be a mapping of 'key: value' lines, not {Shape(item)}");
            }
        }

        return result;
    }

    private IReadOnlyList<YamlValue> Sequence(string key)
    {
        if (!_entries.TryGetValue(key, out var entry) || IsNull(entry.Value))
        {
            return [];
        }

        if (entry.Value is YamlSequence sequence)
        {
            return sequence.Items;
        }

        _diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(entry.Value),
            $"'{key}' must be a list (for example [a, b]), not {Shape(entry.Value)}");
        return [];
    }

    private Located<string>? Scalar(string key, string expected)
    {
        if (!_entries.TryGetValue(key, out var entry) || IsNull(entry.Value))
        {
            return null;
        }

        if (entry.Value is YamlScalar { Value: var text } scalar)
        {
            return new Located<string>(text, SpanOf(scalar));
        }

        _diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(entry.Value), $"'{key}' must be {expected}, not {Shape(entry.Value)}");
        return null;
    }

    private void Missing(string key, YamlScalar? keyNode) =>
        _diagnostics.Error(DiagnosticCodes.MissingField, keyNode is null ? Span : SpanOf(keyNode),
            keyNode is null ? $"missing required field '{key}'" : $"required field '{key}' is empty");

    private void CheckCharacters(string text, SourceSpan span, string key)
    {
        foreach (var c in text)
        {
            if ((c < ' ' && c is not ('\t' or '\n')) || c is '\u007F' or '\uFFFE' or '\uFFFF')
            {
                _diagnostics.Error(DiagnosticCodes.ForbiddenCharacter, span,
                    $"'{key}' contains the control character U+{(int)c:X4}, which pages and feeds cannot carry; remove it");
                return;
            }
        }
    }

    private static bool IsNull(YamlValue node) => node is YamlScalar { IsNull: true };

    private static string Shape(YamlValue node) => node switch
    {
        YamlSequence => "a list",
        YamlMapping => "a mapping",
        _ when IsNull(node) => "an empty value",
        _ => "text",
    };
}

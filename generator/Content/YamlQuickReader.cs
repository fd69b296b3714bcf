using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using YamlDotNet.Core;

namespace Briefing.Content;

/// <summary>
/// Reads the plain shape nearly every front matter and registry file has — <c>key: value</c> lines indented with spaces,
/// <c>- item</c> lists (indented or not), one-line <c>[a, b]</c> lists, one-line plain, <c>'single'</c> and
/// <c>"double"</c> (no escape) scalars — straight from the text, without YamlDotNet's scanner (most of a front matter's
/// cost). Anything else, valid or not (comments, anchors, tags, block or multi-line scalars, escapes, flow mappings,
/// tabs, CR, control characters, a value on the line after its key…), is declined, and <see cref="YamlTokenReader"/>
/// reads the document as before; so are all errors. What it accepts it reads as YamlDotNet does: the same tree, the same
/// positions (the tests compare both over the corpora and over mutated documents).
/// </summary>
internal sealed partial class YamlQuickReader
{
    private const int MaxDepth = 16;
    private const int MaxKeyLength = 1000; // YamlDotNet stops looking for a simple key's ':' after 1,024 characters
    private static readonly SearchValues<char> Declined = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\u000b\u000c\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f#\u007f\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u2028\u2029\ufeff\ufffe\uffff");

    /// <summary>Characters a plain scalar may not start with (YAML's indicators): the full reader decides those.</summary>
    private static readonly SearchValues<char> Indicators = SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");

    private readonly string _text;
    private readonly List<Line> _lines = [];
    private int _i;
    private int _depth;

    private YamlQuickReader(string text) => _text = text;

    /// <summary>The document's root mapping, or false when the document is not in the shape this reader takes.</summary>
    public static bool TryRead(string yaml, [NotNullWhen(true)] out YamlMapping? root)
    {
        root = null;
        if (yaml.AsSpan().ContainsAny(Declined) || yaml.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return false;
        }

        var reader = new YamlQuickReader(yaml);
        if (!reader.SplitLines() || reader._lines[0].Indent != 0)
        {
            return false;
        }

        root = reader.Mapping(0, 0);
        if (root is null || reader._i != reader._lines.Count)
        {
            root = null;
            return false;
        }

        return true;
    }

    /// <summary>The lines that hold something, with their numbers; false for an empty document or a document marker.</summary>
    private bool SplitLines()
    {
        var number = 1;
        for (var start = 0; start <= _text.Length; number++)
        {
            var newline = _text.IndexOf('\n', start);
            var end = newline < 0 ? _text.Length : newline;
            var indent = 0;
            while (start + indent < end && _text[start + indent] == ' ')
            {
                indent++;
            }

            if (start + indent < end)
            {
                if (indent == 0 && end - start >= 3 && (_text.AsSpan(start, 3) is "---" or "..."))
                {
                    return false;
                }

                _lines.Add(new Line(start, end, number, indent));
            }

            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        return _lines.Count > 0;
    }

    /// <summary>A block mapping whose keys sit at <paramref name="indent"/>; its first key starts at column <paramref name="firstColumn"/> of the current line.</summary>
    private YamlMapping? Mapping(int indent, int firstColumn)
    {
        if (++_depth > MaxDepth)
        {
            return null;
        }

        var entries = new List<KeyValuePair<YamlValue, YamlValue>>();
        var first = _lines[_i];
        var start = MarkAt(first, first.Start + firstColumn);
        var column = firstColumn;
        while (true)
        {
            var line = _lines[_i];
            var keyStart = line.Start + column;
            var colon = KeyColon(line, keyStart);
            if (colon < 0)
            {
                return null;
            }

            var key = new YamlScalar(_text[keyStart..colon], ScalarStyle.Plain, MarkAt(line, keyStart));
            var at = SkipSpaces(colon + 1, line.End);
            YamlValue? value;
            if (at == line.End)
            {
                value = ValueBelow(line, indent, colon);
            }
            else
            {
                value = Inline(line, at);
                _i++;
                if (value is not null && _i < _lines.Count && _lines[_i].Indent > indent)
                {
                    return null; // a plain scalar continued on the next line, or a misplaced line
                }
            }

            if (value is null)
            {
                return null;
            }

            entries.Add(new(key, value));
            if (_i == _lines.Count || _lines[_i].Indent < indent)
            {
                break;
            }

            if (_lines[_i].Indent > indent || IsEntry(_lines[_i]))
            {
                return null;
            }

            column = indent;
        }

        _depth--;
        return new YamlMapping(entries, start);
    }

    /// <summary>The value of <c>key:</c> at the end of its line: a nested block, an indentless list, or empty.</summary>
    private YamlValue? ValueBelow(Line line, int indent, int colon)
    {
        _i++;
        if (_i < _lines.Count)
        {
            var next = _lines[_i];
            if (next.Indent > indent)
            {
                return IsEntry(next) ? Sequence(next.Indent, indentless: false)
                    : KeyColon(next, next.Start + next.Indent) >= 0 ? Mapping(next.Indent, next.Indent) : null;
            }

            if (next.Indent == indent && IsEntry(next))
            {
                return Sequence(indent, indentless: true);
            }
        }

        return Empty(MarkAt(line, colon + 1));
    }

    /// <summary>A block sequence whose <c>-</c> sit at <paramref name="indent"/>, starting at the current line.</summary>
    private YamlSequence? Sequence(int indent, bool indentless)
    {
        if (++_depth > MaxDepth)
        {
            return null;
        }

        var first = _lines[_i];
        var start = MarkAt(first, first.Start + indent);
        var items = new List<YamlValue>();
        while (_i < _lines.Count && _lines[_i].Indent == indent && IsEntry(_lines[_i]))
        {
            var line = _lines[_i];
            var dash = line.Start + indent;
            var at = SkipSpaces(dash + 1, line.End);
            YamlValue? item;
            if (at == line.End)
            {
                _i++;
                item = _i < _lines.Count && _lines[_i].Indent > indent ? null : Empty(MarkAt(line, dash + 1));
            }
            else if (_text[at] == '-' && (at + 1 == line.End || _text[at + 1] == ' '))
            {
                item = null; // - - nested on one line
            }
            else if (KeyColon(line, at) >= 0)
            {
                item = Mapping(at - line.Start, at - line.Start);
            }
            else
            {
                item = Inline(line, at);
                _i++;
                if (_i < _lines.Count && _lines[_i].Indent > indent)
                {
                    return null;
                }
            }

            if (item is null)
            {
                return null;
            }

            items.Add(item);
        }

        if (_i < _lines.Count && _lines[_i].Indent >= indent && !(indentless && _lines[_i].Indent == indent))
        {
            return null;
        }

        _depth--;
        return new YamlSequence(items, start);
    }

    /// <summary>The position of the ':' that ends a plain key starting at <paramref name="at"/>, or -1 if the line holds no such key.</summary>
    private int KeyColon(Line line, int at)
    {
        if (at >= line.End || Indicators.Contains(_text[at]))
        {
            return -1;
        }

        var last = Math.Min(line.End, at + MaxKeyLength);
        for (var p = at + 1; p < last; p++)
        {
            var c = _text[p];
            if (c == ':' && (p + 1 == line.End || _text[p + 1] == ' '))
            {
                return _text[p - 1] == ' ' ? -1 : p;
            }

            if (c is '[' or ']' or '{' or '}' or ',' or '"' or '\'')
            {
                return -1;
            }
        }

        return -1;
    }

    private bool IsEntry(Line line)
    {
        var dash = line.Start + line.Indent;
        return _text[dash] == '-' && (dash + 1 == line.End || _text[dash + 1] == ' ');
    }

    private int SkipSpaces(int at, int end)
    {
        while (at < end && _text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private static Mark MarkAt(Line line, int index) => new(index, line.Number, index - line.Start + 1);

    private static YamlScalar Empty(Mark at) => new(string.Empty, ScalarStyle.Plain, at);

    /// <summary>A line with something on it: where it starts and ends in the text (no '\n'), its 1-based number, its leading spaces.</summary>
    private readonly record struct Line(int Start, int End, int Number, int Indent);
}

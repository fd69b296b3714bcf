using System.Text;
using YamlDotNet.Core;

namespace Briefing.Content;

/// <summary>The values on one line: plain and quoted scalars, and one-line flow sequences.</summary>
internal sealed partial class YamlQuickReader
{
    /// <summary>A value that fills the rest of its line from <paramref name="at"/>: a scalar or a one-line <c>[…]</c>.</summary>
    private YamlValue? Inline(Line line, int at)
    {
        int end;
        YamlValue? value;
        switch (_text[at])
        {
            case '"' or '\'':
                value = Quoted(line, at, out end);
                break;
            case '[':
                value = Flow(line, at, out end);
                break;
            default:
                return Plain(line, at);
        }

        return value is not null && SkipSpaces(end, line.End) == line.End ? value : null;
    }

    /// <summary>A plain scalar to the end of the line (trailing spaces dropped), or null if YAML would read more or other.</summary>
    private YamlScalar? Plain(Line line, int at)
    {
        if (Indicators.Contains(_text[at]))
        {
            return null;
        }

        var end = line.End;
        while (_text[end - 1] == ' ')
        {
            end--;
        }

        for (var p = at; p < end; p++)
        {
            if (_text[p] == ':' && (p + 1 == end || _text[p + 1] == ' '))
            {
                return null; // "a: b: c" or a value ending in ':'
            }
        }

        return new YamlScalar(_text[at..end], ScalarStyle.Plain, MarkAt(line, at));
    }

    /// <summary>A one-line quoted scalar starting at <paramref name="at"/>; <paramref name="end"/> is just after its closing quote.</summary>
    private YamlScalar? Quoted(Line line, int at, out int end)
    {
        var quote = _text[at];
        end = -1;
        if (quote == '"')
        {
            // Only \" \\ and \/ among the escapes; any other leaves the document to YamlDotNet.
            StringBuilder? unescaped = null;
            var from = at + 1;
            for (var q = from; q < line.End; q++)
            {
                var c = _text[q];
                if (c == '"')
                {
                    end = q + 1;
                    var value = unescaped is null ? _text[(at + 1)..q] : unescaped.Append(_text, from, q - from).ToString();
                    return new YamlScalar(value, ScalarStyle.DoubleQuoted, MarkAt(line, at));
                }

                if (c == '\\')
                {
                    if (q + 1 == line.End || _text[q + 1] is not ('"' or '\\' or '/'))
                    {
                        return null;
                    }

                    unescaped ??= new StringBuilder();
                    unescaped.Append(_text, from, q - from).Append(_text[q + 1]);
                    q++;
                    from = q + 1;
                }
            }

            return null;
        }

        var p = at + 1;
        var doubled = false;
        while (true)
        {
            var close = _text.IndexOf('\'', p, line.End - p);
            if (close < 0)
            {
                return null;
            }

            if (close + 1 < line.End && _text[close + 1] == '\'')
            {
                doubled = true;
                p = close + 2;
                continue;
            }

            end = close + 1;
            var content = _text[(at + 1)..close];
            return new YamlScalar(doubled ? content.Replace("''", "'", StringComparison.Ordinal) : content, ScalarStyle.SingleQuoted, MarkAt(line, at));
        }
    }

    /// <summary>A one-line flow sequence of plain or quoted scalars: <c>[a, "b c", 'd']</c>.</summary>
    private YamlSequence? Flow(Line line, int at, out int end)
    {
        end = -1;
        var items = new List<YamlValue>();
        var p = SkipSpaces(at + 1, line.End);
        if (p < line.End && _text[p] == ']')
        {
            end = p + 1;
            return new YamlSequence(items, MarkAt(line, at));
        }

        while (p < line.End)
        {
            YamlScalar? item;
            int after;
            if (_text[p] is '"' or '\'')
            {
                item = Quoted(line, p, out after);
            }
            else
            {
                item = FlowPlain(line, p, out after);
            }

            if (item is null)
            {
                return null;
            }

            items.Add(item);
            p = SkipSpaces(after, line.End);
            if (p == line.End)
            {
                return null;
            }

            if (_text[p] == ']')
            {
                end = p + 1;
                return new YamlSequence(items, MarkAt(line, at));
            }

            if (_text[p] != ',')
            {
                return null;
            }

            p = SkipSpaces(p + 1, line.End);
            if (p < line.End && _text[p] == ']')
            {
                return null; // a trailing comma: left to YamlDotNet
            }
        }

        return null;
    }

    private YamlScalar? FlowPlain(Line line, int at, out int after)
    {
        after = -1;
        if (Indicators.Contains(_text[at]))
        {
            return null;
        }

        var p = at;
        while (p < line.End && _text[p] is not (',' or ']'))
        {
            if (_text[p] is ':' or '[' or '{' or '}')
            {
                return null;
            }

            p++;
        }

        var end = p;
        while (_text[end - 1] == ' ')
        {
            end--;
        }

        after = end;
        return new YamlScalar(_text[at..end], ScalarStyle.Plain, MarkAt(line, at));
    }
}

using System.Text;

namespace Briefing.Tests.Rendering.Compiled;

/// <summary>
/// Random templates from the grammar compiled templates support: raw text with new lines and indents, output tags with
/// each whitespace control, assignments, nested <c>if</c>/<c>else if</c>/<c>else</c> and <c>for</c> (with <c>for.*</c>),
/// expressions (literals, member paths, <c>.size</c>, <c>x | array.map 'm' | array.contains y</c>, operators, <c>!</c>, ternaries, parentheses, pipes, calls), includes
/// with compiled, named and piped arguments, and partials that read their arguments (<c>$1</c>, <c>$.size</c>).
/// </summary>
internal sealed class TemplateGenerator(int seed)
{
    private static readonly string[] Texts = ["\n", "  ", "\n    ", "<p>", "</p>\n", "text", " & ", "\t", "é", "\r\n", "x\n\n", "   \n  "];
    private static readonly string[] Paths =
    [
        "page.s", "page.e", "page.n", "page.neg", "page.big", "page.t", "page.f", "page.nul", "page.html", "page.u",
        "page.list", "page.empty", "page.list.size", "page.empty.size", "page.links.size", "page.link.name", "page.link.url",
        "page.obj.s", "page.obj.n", "page.links", "page.fraction", "v0", "v1", "page.long.size",
    ];

    /// <summary>
    /// Calls of partials: arguments that are literals, variables, member paths, operators and views (compiled), named
    /// arguments, pipes and too many keys (left to Scriban). Failing calls are GeneratedTemplateTests' own cases.
    /// </summary>
    private static readonly string[] Calls =
    [
        "include 'p'", "include_cached 'p' v0", "include_cached 'p' page.s page.n", "x = include 'p'", "include 'p' page.s page.links",
        "include_cached 'p' page.link page.n", "include_cached 'p' (page.n + 1) page.links", "include 'p' v0 page.link.name",
        "include_cached 'p' page.s page.n page.t", "include_cached 'p' page.link.url page.links page.t page.e", "page.s | include_cached 'p'",
        "page.links | include 'p'", "include 'p' x: page.s", "include_cached 'p' page.long.size",
        "include 'p' (page.list | array.size) page.long", "include_cached 'p' page.nul page.e page.f",
    ];

    private static readonly string[] Literals = ["0", "1", "-2", "3.5", "'x'", "\"a<b&\"", "''", "true", "false", "null", "'2'"];
    private static readonly string[] Operators = ["==", "!=", "<", ">", "<=", ">=", "+", "-", "&&", "||", "*"];
    private static readonly string[] Pipes = ["string.upcase", "string.size", "array.size", "string.strip", "html.escape", "string.append \"&\""];
    private static readonly string[] Opens = ["{{ ", "{{~ ", "{{- ", "{{"];
    private static readonly string[] Closes = [" }}", " ~}}", " -}}", "}}"];

    private readonly Random _random = new(seed);
    private int _loops;
    private bool _layout;

    /// <summary>
    /// A layout of about <paramref name="size"/> statements that sets <c>v0</c> and <c>v1</c> and includes partial 'p'; or
    /// the partial, which reads them and sets nothing (<c>include_cached</c> reuses a partial's output, not what it sets).
    /// </summary>
    public string Template(int size, bool layout)
    {
        _layout = layout;
        var text = new StringBuilder(layout ? "{{ v0 = 1; v1 = page.s }}" : "");
        Statements(text, size, depth: 0);
        return text.ToString();
    }

    private void Statements(StringBuilder text, int count, int depth)
    {
        for (var i = 0; i < count; i++)
        {
            var choice = _random.Next(depth > 2 ? 5 : 9);
            switch (choice)
            {
                case 0 or 1:
                    text.Append(Pick(Texts));
                    break;
                case 2 or 3:
                    text.Append(Pick(Opens)).Append(Expression(2)).Append(Pick(Closes));
                    break;
                case 4 when _layout:
                    text.Append(Pick(Opens)).Append(_random.Next(2) == 0 ? "v0" : "v1").Append(" = ").Append(Expression(2)).Append(Pick(Closes));
                    break;
                case 5:
                    text.Append(Pick(Opens)).Append("if ").Append(Expression(2)).Append(Pick(Closes));
                    Statements(text, _random.Next(1, 4), depth + 1);
                    if (_random.Next(3) == 0)
                    {
                        text.Append(Pick(Opens)).Append("else if ").Append(Expression(1)).Append(Pick(Closes));
                        Statements(text, _random.Next(1, 3), depth + 1);
                    }

                    if (_random.Next(2) == 0)
                    {
                        text.Append(Pick(Opens)).Append("else").Append(Pick(Closes));
                        Statements(text, _random.Next(1, 3), depth + 1);
                    }

                    text.Append(Pick(Opens)).Append("end").Append(Pick(Closes));
                    break;
                case 6:
                    Loop(text, depth);
                    break;
                case 7 when _layout:
                    text.Append(Pick(Opens)).Append(Pick(Calls)).Append(Pick(Closes));
                    break;
                case 8 when !_layout:
                    text.Append(Pick(Texts)).Append(Pick(Opens)).Append(Pick(["$0", "$1", "$2", "$.size"])).Append(Pick(Closes));
                    break;
                default:
                    text.Append(Pick(Texts)).Append(Pick(Opens)).Append(Pick(Paths)).Append(Pick(Closes));
                    break;
            }
        }
    }

    /// <summary>
    /// A <c>for</c> loop: over lists, an empty list, null, a string, a number, a script object, records equal by value; with
    /// <c>offset:</c>, <c>limit:</c> (0, negative, from a variable) and <c>reversed</c>; an <c>else</c>; a variable that may
    /// shadow a global or an outer loop's; a body that reads the item and <c>for.*</c> (<c>changed</c> and a missing member too).
    /// </summary>
    private void Loop(StringBuilder text, int depth)
    {
        var item = _random.Next(8) switch
        {
            0 when _loops > 0 => $"it{_random.Next(_loops)}",
            1 => Pick(["v0", "v1"]),
            _ => $"it{_loops++}",
        };
        var rare = _random.Next(20) == 0; // a loop Scriban fails or that hides the page: the page is rendered again
        text.Append(Pick(Opens)).Append($"for {(rare && _random.Next(2) == 0 ? "page" : item)} in ")
            .Append(rare ? Pick(["page.n", "page.obj", "page.u"]) : Pick(["page.list", "page.empty", "page.links", "page.long", "page.dups", "page.nul", "(page.list | array.reverse)"]));
        foreach (var option in new[] { "offset", "limit", "reversed" })
        {
            if (_random.Next(4) == 0)
            {
                text.Append(' ').Append(option).Append(option == "reversed" ? "" : ": " + Pick(["0", "1", "2", "-1", "page.big", "v0", "page.n"]));
            }
        }

        text.Append(Pick(Closes));
        text.Append(Pick(Opens)).Append(Pick([item, "for.index", "for.first", "for.last", $"{item} == 'a'", "for.rindex", "for.even", "for.changed", "for.length", "for.odd", rare ? "for.index0" : "for.index"])).Append(Pick(Closes));
        Statements(text, _random.Next(1, 3), depth + 1);
        if (_random.Next(4) == 0)
        {
            text.Append(Pick(Opens)).Append("else").Append(Pick(Closes));
            text.Append(Pick(Opens)).Append(rare ? item : Pick(["for.index", "for.first", "'none'"])).Append(Pick(Closes));
            Statements(text, _random.Next(0, 2), depth + 1);
        }

        text.Append(Pick(Opens)).Append("end").Append(Pick(Closes));
    }

    /// <summary>An expression; as an operand (<paramref name="operand"/>), a pipe or a call is in parentheses, as Scriban needs.</summary>
    private string Expression(int depth, bool operand = false)
    {
        if (depth == 0)
        {
            return _random.Next(3) == 0 ? Pick(Literals) : Pick(Paths);
        }

        var (open, close) = operand ? ("(", ")") : ("", "");
        return _random.Next(10) switch
        {
            0 => $"{open}{Expression(depth - 1, true)} {Pick(Operators)} {Expression(depth - 1, true)}{close}",
            1 => $"!{Expression(depth - 1, true)}",
            2 => $"({Expression(depth - 1, true)} ? {Expression(depth - 1, true)} : {Expression(depth - 1, true)})",
            3 => $"({Expression(depth - 1)})",
            4 => $"{open}{Pick(Paths)} | {Pick(Pipes)}{close}",
            5 => $"{open}string.upcase {Pick(Paths)}{close}",
            6 => $"({Pick(Paths)} | array.map '{Pick(["name", "url", "s", "size"])}' | array.contains {Pick([.. Paths, .. Literals, "'A & B'", "'/a?b=1&c=2'"])})",
            _ => Expression(0),
        };
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}

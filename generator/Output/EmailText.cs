using System.Text;
using AngleSharp.Dom;

namespace Briefing.Output;

/// <summary>
/// The plain-text alternative of an email, read from its HTML document: blocks become lines, table cells are joined
/// with " · ", a link is its text followed by its address in angle brackets (the address alone when it is the text),
/// an image its alt text. Hidden elements (the preheader) are left out. Every link of the HTML is in the text.
/// </summary>
internal static class EmailText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "li", "ul", "ol", "table", "blockquote", "section", "header", "footer", "hr",
    };

    public static string From(IDocument document)
    {
        var text = new StringBuilder();
        if (document.Body is { } body)
        {
            Walk(body, text);
        }

        var lines = text.ToString().Split('\n').Select(l => Collapse(l)).ToList();
        var result = new StringBuilder();
        var blank = true;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                if (!blank)
                {
                    result.Append('\n');
                }

                blank = true;
                continue;
            }

            result.Append(line).Append('\n');
            blank = false;
        }

        return result.ToString().TrimEnd('\n') + "\n";
    }

    private static void Walk(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data.Replace('\n', ' '));
                    break;
                case IElement e when IsHidden(e) || e.LocalName is "style" or "script" or "head":
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement { LocalName: "img" } img:
                    text.Append(img.GetAttribute("alt"));
                    break;
                case IElement { LocalName: "a" } a when a.GetAttribute("href") is { Length: > 0 } href:
                    var inner = new StringBuilder();
                    Walk(a, inner);
                    var label = Collapse(inner.ToString().Replace('\n', ' '));
                    text.Append(label.Length == 0 || label == href ? href : $"{label} <{href}>");
                    break;
                case IElement { LocalName: "td" or "th" } cell:
                    if (cell.PreviousElementSibling is not null)
                    {
                        text.Append(" · ");
                    }

                    Walk(cell, text);
                    break;
                case IElement e:
                    var block = Blocks.Contains(e.LocalName);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    Walk(e, text);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    break;
            }
        }
    }

    private static bool IsHidden(IElement e) =>
        e.HasAttribute("hidden") || (e.GetAttribute("style") is { } style && style.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Contains("display:none", StringComparison.OrdinalIgnoreCase));

    private static string Collapse(string line)
    {
        var result = new StringBuilder(line.Length);
        foreach (var c in line.Trim())
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (result.Length > 0 && result[^1] != ' ')
                {
                    result.Append(' ');
                }
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString().Trim();
    }
}

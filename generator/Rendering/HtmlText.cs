using System.Text;

namespace Briefing.Rendering;

/// <summary>
/// HTML escaping for text and attribute values: <c>&amp; &lt; &gt; " '</c> only. Non-ASCII stays as UTF-8
/// (Scriban's built-in <c>html.escape</c> turns "José" into "Jos&amp;#233;"); themes reach this as <c>html.escape</c>.
/// </summary>
public static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var first = text.AsSpan().IndexOfAny("&<>\"'");
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&#39;"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }
}

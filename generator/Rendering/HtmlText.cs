using System.Buffers;
using System.Text;

namespace Briefing.Rendering;

/// <summary>
/// HTML escaping for text and attribute values: <c>&amp; &lt; &gt; " '</c> only. Non-ASCII stays as UTF-8
/// (Scriban's built-in <c>html.escape</c> turns "José" into "Jos&amp;#233;"). Templates get it without asking: every
/// value they output goes through <see cref="ThemeContext"/>, which escapes with the same five entities.
/// </summary>
public static class HtmlText
{
    /// <summary>The characters that are escaped; text without any of them is output as it is.</summary>
    internal static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        var start = 0;
        for (var next = first; next >= 0; next = text.AsSpan(start).IndexOfAny(Special))
        {
            var at = start + next;
            sb.Append(text, start, at - start).Append(Entity(text[at]));
            start = at + 1;
        }

        sb.Append(text, start, text.Length - start);
        return sb.ToString();
    }

    /// <summary>The entity of one of the <see cref="Special"/> characters.</summary>
    internal static string Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "not a character HTML escaping replaces"),
    };
}

using System.Text.Json.Serialization;

namespace Briefing.Rendering;

/// <summary>
/// HTML that a template writes as it is: a rendered Markdown body, an inline SVG, JSON-LD for a script element, a
/// rendered partial. Everything else a template outputs is text and is escaped on the way out
/// (<see cref="ThemeContext"/>), so only a value of this type can put markup on a page, and a theme that
/// forgets <c>html.escape</c> cannot open a hole. Build one only from markup the generator produced or escaped itself.
/// </summary>
[JsonConverter(typeof(SafeHtmlJsonConverter))]
public sealed class SafeHtml
{
    public static readonly SafeHtml Empty = new(string.Empty);

    public SafeHtml(string html)
    {
        Html = html;
    }

    /// <summary>The markup, as the page gets it.</summary>
    public string Html { get; }

    /// <summary>The markup: what Scriban's string functions (<c>string.size</c>, <c>string.contains</c>) see.</summary>
    public override string ToString() => Html;
}

using System.Text;
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

    private readonly string? _html;
    private readonly byte[]? _utf8;

    public SafeHtml(string html)
    {
        _html = html;
    }

    private SafeHtml(byte[] utf8)
    {
        _utf8 = utf8;
    }

    /// <summary>The markup, as the page gets it (decoded anew from <see cref="Utf8"/> when held as UTF-8).</summary>
    public string Html => _html ?? Encoding.UTF8.GetString(_utf8!);

    /// <summary>The markup as UTF-8, when that is how it is held; empty otherwise.</summary>
    internal ReadOnlySpan<byte> Utf8 => _utf8;

    /// <summary>Whether the markup is held as UTF-8 (<see cref="Utf8"/>) rather than as a string.</summary>
    internal bool IsUtf8 => _utf8 is not null;

    /// <summary>
    /// Markup kept for long, held as UTF-8: half the bytes of a string for this mostly ASCII text. <c>include_cached</c>
    /// keeps two cards per briefing for the whole pages stage, ~210 MB as strings at 50,000 briefings
    /// (docs/performance.md, thirteenth session).
    /// </summary>
    internal static SafeHtml FromUtf8(string html) => new(Encoding.UTF8.GetBytes(html));

    /// <summary>Markup the generator wrote as UTF-8 (JSON-LD), taken as it is: <paramref name="utf8"/> must not change after.</summary>
    internal static SafeHtml FromUtf8Bytes(byte[] utf8) => new(utf8);

    /// <summary>The markup: what Scriban's string functions (<c>string.size</c>, <c>string.contains</c>) see.</summary>
    public override string ToString() => Html;
}

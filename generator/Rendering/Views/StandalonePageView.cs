namespace Briefing.Rendering.Views;

/// <summary>The <c>page</c> of a standalone page (<c>content/pages/&lt;slug&gt;.md</c>, the <c>page</c> layout).</summary>
/// <param name="Type">page, about or contact.</param>
/// <param name="BodyHtml">The page's rendered Markdown; <see cref="SafeHtml"/>, written as it is.</param>
/// <param name="UpdatedIso">The page's <c>updated</c> date for a <c>datetime</c> attribute, or null.</param>
public sealed record StandalonePageView(
    string Title,
    string Url,
    string Type,
    string Summary,
    SafeHtml BodyHtml,
    string? UpdatedIso,
    string? UpdatedDisplay,
    bool Draft);

namespace Briefing.Rendering.Views;

/// <summary>The <c>page</c> of an author (<c>/authors/&lt;slug&gt;/</c>): who they are and their briefings, newest first.</summary>
/// <param name="Role">Their job at the desk ("Editor"), or null.</param>
/// <param name="BioHtml">Their bio's Markdown rendered (links made safe, raw HTML escaped); <see cref="SafeHtml"/>; null without a bio.</param>
/// <param name="Links">Their profiles elsewhere, each an absolute http(s) URL.</param>
/// <param name="Email">Their address as text, or null.</param>
/// <param name="EmailUrl">The same as a <c>mailto:</c> link, or null.</param>
/// <param name="FeedUrl">The RSS 2.0 feed of their briefings (href).</param>
public sealed record AuthorPageView(
    string Name,
    string Slug,
    string? Role,
    SafeHtml? BioHtml,
    IReadOnlyList<LinkView> Links,
    string? Email,
    string? EmailUrl,
    string FeedUrl,
    IReadOnlyList<ArticleCardView> Articles,
    PagerView Pager);

namespace Briefing.Rendering.Views;

/// <summary>The <c>page</c> of a person: their moves oldest first (<c>Timeline</c>, first page only) and the briefings that mention them.</summary>
/// <param name="Career">Their career as the moves tell it: role at each company over time, oldest first (first page only).</param>
public sealed record PersonPageView(
    string Name,
    string Slug,
    IReadOnlyList<string> Aliases,
    string? Description,
    IReadOnlyList<MoveView> Timeline,
    IReadOnlyList<CareerStintView> Career,
    IReadOnlyList<ArticleCardView> Articles,
    PagerView Pager)
{
    /// <summary>The person's <c>photo</c> as a picture; empty without one.</summary>
    public SafeHtml PhotoHtml { get; init; } = SafeHtml.Empty;
}

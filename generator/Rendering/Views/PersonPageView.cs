namespace Briefing.Rendering.Views;

/// <summary>The <c>page</c> of a person: their moves oldest first (<c>Timeline</c>, first page only) and the briefings that mention them.</summary>
public sealed record PersonPageView(
    string Name,
    string Slug,
    IReadOnlyList<string> Aliases,
    string? Description,
    IReadOnlyList<MoveView> Timeline,
    IReadOnlyList<ArticleCardView> Articles,
    PagerView Pager);

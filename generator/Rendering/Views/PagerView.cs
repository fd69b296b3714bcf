namespace Briefing.Rendering.Views;

/// <summary>Pagination of a list. <c>Pages</c> is a window around the current page; a 0 number is a gap (…).</summary>
public sealed record PagerView(
    int Page,
    int TotalPages,
    int TotalItems,
    string? PreviousUrl,
    string? NextUrl,
    IReadOnlyList<PagerLinkView> Pages);

namespace Briefing.Rendering.Views;

/// <summary>
/// The <c>page</c> of a company. Moves and briefings include its subsidiaries'. <c>MovesIn</c>: people who joined
/// from outside the group; <c>MovesOut</c>: people who left it; <c>MovesInternal</c>: promotions and moves within it.
/// Moves appear on the first page only, newest first, at most <see cref="MovesShown"/> per list; the
/// <c>*Total</c> fields count them all. Later pages list older briefings.
/// </summary>
/// <param name="Flow">Counts, net flow, top sources and destinations and the per-quarter chart; first page only, and only when the company has moves.</param>
public sealed record CompanyPageView(
    string Name,
    string Slug,
    IReadOnlyList<string> Aliases,
    string? Description,
    string? Website,
    LinkView? Parent,
    IReadOnlyList<LinkView> Subsidiaries,
    IReadOnlyList<MoveView> MovesIn,
    IReadOnlyList<MoveView> MovesOut,
    IReadOnlyList<MoveView> MovesInternal,
    int MovesInTotal,
    int MovesOutTotal,
    int MovesInternalTotal,
    CompanyFlowView? Flow,
    IReadOnlyList<ArticleCardView> Articles,
    PagerView Pager)
{
    /// <summary>The most moves one list shows: a page stays readable for a company with thousands.</summary>
    public const int MovesShown = 50;

    /// <summary>The company's <c>logo</c> as a picture; empty without one.</summary>
    public SafeHtml LogoHtml { get; init; } = SafeHtml.Empty;
}

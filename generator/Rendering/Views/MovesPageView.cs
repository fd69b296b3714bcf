namespace Briefing.Rendering.Views;

/// <summary>
/// The <c>page</c> of <c>/moves/</c> and its filter pages (<c>/moves/hires/</c>…): every move newest first, paginated.
/// </summary>
/// <param name="Heading">"Talent moves", or "Hires", "Departures"… on a filter page.</param>
/// <param name="Kind">The kind a filter page shows (hire, departure, promotion, poach), or null for every move.</param>
/// <param name="Filters">Every move and each kind, with counts; the current one flagged.</param>
/// <param name="FlowChart">The top company-to-company flows, on the first page of <c>/moves/</c> only; else null.</param>
/// <param name="FeedUrl">The moves feed (href).</param>
public sealed record MovesPageView(
    string Heading,
    string? Kind,
    IReadOnlyList<MoveFilterView> Filters,
    IReadOnlyList<MoveView> Moves,
    ChartView? FlowChart,
    string FeedUrl,
    PagerView Pager)
{
    /// <summary>Moves per page: a table reads well with more rows than a list of cards.</summary>
    public const int PerPage = 100;
}

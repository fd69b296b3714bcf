namespace Briefing.Rendering.Views;

/// <summary>
/// A company's talent flow, its subsidiaries included, counted in people (a group move of three counts three).
/// Promotions and moves inside the group count as neither. "Last 12 months" ends at the newest briefing's date.
/// </summary>
/// <param name="InLastYear">People in over the last 12 months (the window starts at <c>WindowStartIso</c>).</param>
/// <param name="WindowStartIso">The first day of the 12-month window (YYYY-MM-DD).</param>
/// <param name="AsOfIso">The last day of every window: the newest briefing's date.</param>
/// <param name="TopDestinations">Where people who left went, most first (at most five).</param>
/// <param name="TopSources">Where people who joined came from, most first (at most five).</param>
/// <param name="QuarterChart">People in and out per quarter over the last eight quarters.</param>
public sealed record CompanyFlowView(
    int InAllTime,
    int OutAllTime,
    int NetAllTime,
    int InLastYear,
    int OutLastYear,
    int NetLastYear,
    string WindowStartIso,
    string WindowStartDisplay,
    string AsOfIso,
    string AsOfDisplay,
    IReadOnlyList<FlowCountView> TopDestinations,
    IReadOnlyList<FlowCountView> TopSources,
    ChartView QuarterChart);

namespace Briefing.Rendering.Views;

/// <summary>
/// A bar chart drawn at build time as inline SVG, with the same numbers as a table for screen readers.
/// </summary>
/// <param name="Id">Unique on its page, safe for an id; the SVG's title and description use <c>Id-title</c> and <c>Id-desc</c>.</param>
/// <param name="SvgHtml">The <c>&lt;svg&gt;</c> element with its <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c>; <see cref="SafeHtml"/>, written as it is.</param>
/// <param name="Columns">The table's column headers after the row label ("In", "Out").</param>
/// <param name="Rows">One row per bar group: its label and one number per column.</param>
public sealed record ChartView(
    string Id,
    string Title,
    string Description,
    SafeHtml SvgHtml,
    string RowHeader,
    IReadOnlyList<string> Columns,
    IReadOnlyList<ChartRowView> Rows);

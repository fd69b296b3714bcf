namespace Briefing.Rendering.Views;

/// <summary>One row of a chart's table: the label of a bar group and its numbers, in the chart's column order.</summary>
public sealed record ChartRowView(string Label, IReadOnlyList<int> Values);

using System.Globalization;
using System.Text;
using Briefing.Rendering.Views;

namespace Briefing.Rendering;

/// <summary>
/// Draws a horizontal bar chart as inline SVG at build time: one group of bars per row, one bar per column, the
/// number written beside each bar. Every bar carries its number in <c>data-value</c>, the same number the chart's
/// table shows. No script, no external resource.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 640;
    private const int LabelWidth = 190;
    private const int BarHeight = 14;
    private const int BarGap = 2;
    private const int RowGap = 10;
    private const int ValueRoom = 40;
    private const int LegendHeight = 24;

    public static ChartView Build(string id, string title, string description, string rowHeader, IReadOnlyList<string> columns,
        IReadOnlyList<ChartRowView> rows)
    {
        var max = Math.Max(1, rows.SelectMany(r => r.Values).DefaultIfEmpty(0).Max());
        var rowHeight = (columns.Count * (BarHeight + BarGap)) - BarGap + RowGap;
        var height = LegendHeight + (rows.Count * rowHeight) + RowGap;
        var scale = (double)(Width - LabelWidth - ValueRoom) / max;
        var svg = new StringBuilder(512 + (rows.Count * columns.Count * 160));
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" id=\"{id}-svg\" role=\"img\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{HtmlText.Escape(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{HtmlText.Escape(description)}</desc>");
        for (var c = 0; c < columns.Count; c++)
        {
            var x = LabelWidth + (c * 110);
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"legend series-{c}\" x=\"{x}\" y=\"4\" width=\"12\" height=\"12\"/><text class=\"chart-label\" x=\"{x + 16}\" y=\"14\">{HtmlText.Escape(columns[c])}</text>");
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var top = LegendHeight + (r * rowHeight);
            var groupHeight = rowHeight - RowGap;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"chart-label\" x=\"{LabelWidth - 8}\" y=\"{top + (groupHeight / 2) + 4}\" text-anchor=\"end\">{HtmlText.Escape(rows[r].Label)}</text>");
            for (var c = 0; c < columns.Count; c++)
            {
                var value = rows[r].Values[c];
                var y = top + (c * (BarHeight + BarGap));
                var w = (value * scale).ToString("0.#", CultureInfo.InvariantCulture);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"bar series-{c}\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{w}\" height=\"{BarHeight}\" data-row=\"{r}\" data-series=\"{c}\" data-value=\"{value}\"/>");
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text class=\"chart-value\" x=\"{(LabelWidth + (value * scale) + 4).ToString("0.#", CultureInfo.InvariantCulture)}\" y=\"{y + BarHeight - 3}\">{value}</text>");
            }
        }

        svg.Append("</svg>");
        return new ChartView(id, title, description, new SafeHtml(svg.ToString()), rowHeader, columns, rows);
    }
}

using Briefing.Model;
using Briefing.Rendering.Views;

namespace Briefing.Rendering;

/// <summary>The <c>/moves/</c> pages, their flow chart, and a person's career.</summary>
public sealed partial class ViewFactory
{
    private const int FlowsShown = 10;

    /// <param name="kind">The kind a filter page shows, or null for every move.</param>
    public MovesPageView MovesPage(MoveKind? kind, IReadOnlyList<MoveReport> pageMoves, PagerView pager)
    {
        var filters = _moveCounts.Value;
        var current = kind is { } k ? MoveKinds.All.ToList().IndexOf(k) + 1 : 0;
        return new MovesPageView(
            kind is { } k2 ? MoveKinds.PluralLabel(k2) : "Talent moves",
            kind is { } k3 ? MoveKinds.Name(k3) : null,
            filters.Select((f, i) => f with { IsCurrent = i == current }).ToArray(),
            pageMoves.Select(Move).ToArray(),
            kind is null && pager.Page == 1 ? _flowChart.Value : null,
            _urls.Link(Routes.MovesFeed),
            pager);
    }

    public MetaView MovesMeta(MoveKind? kind, int page)
    {
        var heading = kind is { } k ? $"{MoveKinds.PluralLabel(k)}: talent moves" : "Talent moves";
        var description = kind is { } k2
            ? $"Every {MoveKinds.Name(k2)} the briefings reported, newest first: who, from where, to where, and the briefing that reported it."
            : "Every talent move the briefings reported, newest first: who left, who joined, who was promoted or poached.";
        return Meta(Titled(heading, page), description, Routes.Moves(kind, page), "moves") with
        {
            Feeds = [new LinkView("Talent moves", _urls.Link(Routes.MovesFeed))],
        };
    }

    private IReadOnlyList<MoveFilterView> CountMovesByKind()
    {
        var counts = new int[MoveKinds.All.Count];
        foreach (var report in _model.Moves)
        {
            counts[(int)report.Move.Kind]++;
        }

        var filters = new List<MoveFilterView> { new("All moves", _urls.Link(Routes.MovesIndex), _model.Moves.Count, false) };
        filters.AddRange(MoveKinds.All.Select(k => new MoveFilterView(MoveKinds.PluralLabel(k), _urls.Link(Routes.Moves(k)), counts[(int)k], false)));
        return filters;
    }

    /// <summary>The company-to-company pairs that moved the most people (named destinations, different companies).</summary>
    private ChartView? BuildFlowChart()
    {
        var pairs = new Dictionary<(string From, string To), int>();
        foreach (var report in _model.Moves)
        {
            if (report.Move is { To: { } to } move && to != move.From)
            {
                pairs[(move.From, to)] = pairs.GetValueOrDefault((move.From, to)) + TalentFlow.People(move);
            }
        }

        if (pairs.Count == 0)
        {
            return null;
        }

        var byName = StringComparer.InvariantCultureIgnoreCase;
        var rows = pairs
            .Select(kv => (Label: $"{_model.Companies[kv.Key.From].Name} → {_model.Companies[kv.Key.To].Name}", kv.Key, Count: kv.Value))
            .OrderByDescending(p => p.Count).ThenBy(p => p.Label, byName)
            .ThenBy(p => p.Key.From, StringComparer.Ordinal).ThenBy(p => p.Key.To, StringComparer.Ordinal)
            .Take(FlowsShown)
            .Select(p => new ChartRowView(p.Label, [p.Count]))
            .ToArray();
        return SvgBarChart.Build("chart-flows", "Top company-to-company moves",
            (rows.Length == 1 ? "The company pair" : $"The {rows.Length} company pairs")
            + $" that the most people moved between, as the briefings reported them, up to {DisplayDates.Human(_model.AsOf)}.",
            "From → to", ["People"], rows);
    }

    /// <summary>A person's career from their moves (oldest first): each move ends a stint and starts the next.</summary>
    public IReadOnlyList<CareerStintView> Career(IReadOnlyList<MoveReport> moves)
    {
        var stints = new List<CareerStintView>();
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var report in moves)
        {
            var m = report.Move;
            var reports = report.Articles.Select(ArticleLink).ToArray();
            var day = DisplayDates.Iso(m.Date);
            var human = DisplayDates.Human(m.Date);

            // The company the person leaves (or, for a promotion, their previous role there) ends here.
            if (open.Remove(m.From, out var index))
            {
                var s = stints[index];
                stints[index] = s with
                {
                    Role = s.Role ?? (m.Kind == MoveKind.Departure ? m.Role : null),
                    EndIso = day,
                    EndDisplay = human,
                    Reports = [.. s.Reports, .. reports.Except(s.Reports)],
                };
            }
            else if (m.Kind != MoveKind.Promotion || m.To is null)
            {
                stints.Add(new CareerStintView(CompanyLink(m.From), m.Kind == MoveKind.Departure ? m.Role : null, null, null, day, human, reports));
            }

            if (m.To is { } to)
            {
                open[to] = stints.Count;
                stints.Add(new CareerStintView(CompanyLink(to), m.Kind == MoveKind.Departure ? null : m.Role, day, human, null, null, reports));
            }
        }

        return stints;
    }
}

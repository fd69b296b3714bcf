using Briefing.Model;
using Briefing.Rendering.Views;

namespace Briefing.Rendering;

/// <summary>Talent flow: a company's counts, net flow, top sources and destinations and quarter chart; the home page panel.</summary>
public sealed partial class ViewFactory
{
    private const int TopShown = 5;
    private const int QuartersShown = 8;

    /// <summary>The flow of a company group, from its moves (newest first, subsidiaries' included); null without moves.</summary>
    public CompanyFlowView? CompanyFlow(IReadOnlyList<MoveReport> moves, IReadOnlySet<string> group)
    {
        if (moves.Count == 0)
        {
            return null;
        }

        var asOf = _model.AsOf;
        var windowStart = asOf.AddYears(-1).AddDays(1);
        var lastQuarter = TalentFlow.QuarterNumber(asOf);
        var perQuarter = new int[QuartersShown, 2];
        int inAll = 0, outAll = 0, in12 = 0, out12 = 0;
        var destinations = new Dictionary<string, int>(StringComparer.Ordinal);
        var sources = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var report in moves)
        {
            var move = report.Move;
            var direction = TalentFlow.Direction(move, group);
            if (direction == 0)
            {
                continue;
            }

            var people = TalentFlow.People(move);
            var recent = move.Date >= windowStart;
            var quarter = QuartersShown - 1 - (lastQuarter - TalentFlow.QuarterNumber(move.Date));
            if (quarter >= 0)
            {
                perQuarter[quarter, direction > 0 ? 0 : 1] += people;
            }

            if (direction > 0)
            {
                inAll += people;
                in12 += recent ? people : 0;
                sources[move.From] = sources.GetValueOrDefault(move.From) + people;
            }
            else
            {
                outAll += people;
                out12 += recent ? people : 0;
                destinations[move.To ?? string.Empty] = destinations.GetValueOrDefault(move.To ?? string.Empty) + people;
            }
        }

        var rows = new ChartRowView[QuartersShown];
        for (var q = 0; q < QuartersShown; q++)
        {
            var number = lastQuarter - (QuartersShown - 1 - q);
            rows[q] = new ChartRowView($"{number / 4:D4} Q{(number % 4) + 1}", [perQuarter[q, 0], perQuarter[q, 1]]);
        }

        var chart = SvgBarChart.Build("chart-quarters", "People in and out per quarter",
            $"People who joined and left, per quarter, over the {QuartersShown} quarters up to {DisplayDates.Human(asOf)}.",
            "Quarter", ["In", "Out"], rows);
        return new CompanyFlowView(inAll, outAll, inAll - outAll, in12, out12, in12 - out12,
            DisplayDates.Iso(windowStart), DisplayDates.Human(windowStart), DisplayDates.Iso(asOf), DisplayDates.Human(asOf), Top(destinations), Top(sources), chart);
    }

    private FlowCountView[] Top(Dictionary<string, int> counts) => counts
        .Select(kv => kv.Key.Length == 0 ? new FlowCountView(null, "Undisclosed", kv.Value) : new FlowCountView(CompanyLink(kv.Key), _model.Companies[kv.Key].Name, kv.Value))
        .OrderByDescending(f => f.Count)
        .ThenBy(f => f.Label, StringComparer.InvariantCultureIgnoreCase)
        .ThenBy(f => f.Company?.Url, StringComparer.Ordinal)
        .Take(TopShown)
        .ToArray();

    private TalentFlowPanelView? BuildTalentFlowPanel()
    {
        if (_model.Moves.Count == 0)
        {
            return null;
        }

        var asOf = _model.AsOf;
        var since = asOf.AddDays(-(TalentFlowPanelView.Days - 1));
        var flows = new List<(Company Company, int In, int Out)>();
        foreach (var company in _model.Companies.Values)
        {
            if (!_model.MovesByCompany.TryGetValue(company.Slug, out var moves))
            {
                continue;
            }

            var group = SelfAndDescendants(company.Slug);
            int moveIn = 0, moveOut = 0;
            foreach (var report in moves)
            {
                // Newest first: the first move before the window ends the walk.
                if (report.Move.Date < since)
                {
                    break;
                }

                var direction = TalentFlow.Direction(report.Move, group);
                moveIn += direction > 0 ? TalentFlow.People(report.Move) : 0;
                moveOut += direction < 0 ? TalentFlow.People(report.Move) : 0;
            }

            if (moveIn != moveOut)
            {
                flows.Add((company, moveIn, moveOut));
            }
        }

        if (flows.Count == 0)
        {
            return null;
        }

        NetFlowView View((Company Company, int In, int Out) f) => new(CompanyLink(f.Company.Slug), f.In, f.Out, f.In - f.Out);
        var byName = StringComparer.InvariantCultureIgnoreCase;
        var gains = flows.Where(f => f.In > f.Out).OrderByDescending(f => f.In - f.Out).ThenBy(f => f.Company.Name, byName)
            .ThenBy(f => f.Company.Slug, StringComparer.Ordinal).Take(TopShown).Select(View).ToArray();
        var losses = flows.Where(f => f.In < f.Out).OrderBy(f => f.In - f.Out).ThenBy(f => f.Company.Name, byName)
            .ThenBy(f => f.Company.Slug, StringComparer.Ordinal).Take(TopShown).Select(View).ToArray();
        return new TalentFlowPanelView(DisplayDates.Iso(since), DisplayDates.Human(since), DisplayDates.Iso(asOf),
            DisplayDates.Human(asOf), gains, losses, _urls.Link(Routes.MovesIndex));
    }

}

using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// Finds the same person moving twice on the same day between different companies: one of the reports is likely
/// wrong. A departure whose destination is undisclosed agrees with a move from the same company to a named one.
/// </summary>
internal static class MoveConflicts
{
    public static IEnumerable<Diagnostic> Find(IReadOnlyList<MoveReport> moves)
    {
        var byPersonAndDay = new Dictionary<(string Person, DateOnly Date), List<MoveReport>>();
        foreach (var report in moves)
        {
            if (report.Move.Person is { } person)
            {
                var key = (person, report.Move.Date);
                if (!byPersonAndDay.TryGetValue(key, out var list))
                {
                    byPersonAndDay[key] = list = [];
                }

                list.Add(report);
            }
        }

        var found = new List<Diagnostic>();
        foreach (var list in byPersonAndDay.Values.Where(l => l.Count > 1))
        {
            // Oldest report first, so the warning sits in the briefing that contradicts an earlier one.
            list.Sort((a, b) => Article.CompareNewestFirst(b.Article, a.Article) is var c && c != 0 ? c
                : string.CompareOrdinal(a.Move.Key, b.Move.Key));
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    if (Conflict(list[i].Move, list[j].Move))
                    {
                        found.Add(Warning(list[i], list[j]));
                    }
                }
            }
        }

        return found.OrderBy(d => d.Span.Path, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal);
    }

    private static bool Conflict(Move a, Move b) =>
        a.From != b.From || (a.To is not null && b.To is not null && a.To != b.To);

    private static Diagnostic Warning(MoveReport first, MoveReport second)
    {
        var m = second.Move;
        return Diagnostic.Warning(DiagnosticCodes.ConflictingMoves, second.Move.Span ?? SourceSpan.File(second.Article.SourcePath),
            $"{m.Person} moves {Path(m)} on {m.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} here but {Path(first.Move)} in {first.Move.Span?.ToString() ?? first.Article.SourcePath}; "
            + "check which report is right");
    }

    private static string Path(Move m) => $"{m.From} → {m.To ?? "undisclosed"}";
}

using Briefing.Model;

namespace Briefing.Rendering;

/// <summary>
/// How a move counts for a company group (a company and its subsidiaries at any depth): +1 in, −1 out, 0 inside
/// the group (promotions, moves between subsidiaries). Flows count people: a group move of three counts three.
/// </summary>
public static class TalentFlow
{
    public static int Direction(Move move, IReadOnlySet<string> group)
    {
        var fromIn = group.Contains(move.From);
        var toIn = move.To is { } to && group.Contains(to);
        return fromIn == toIn ? 0 : toIn ? 1 : -1;
    }

    public static int People(Move move) => Math.Max(1, move.Count ?? 1);

    /// <summary>"2025 Q2".</summary>
    public static string Quarter(DateOnly day) => $"{day.Year:D4} Q{((day.Month - 1) / 3) + 1}";

    /// <summary>Quarters are numbered year × 4 + index so that consecutive quarters differ by one.</summary>
    public static int QuarterNumber(DateOnly day) => (day.Year * 4) + ((day.Month - 1) / 3);
}

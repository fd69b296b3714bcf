namespace Briefing.Model;

/// <summary>How each move kind is named: in front matter, in URLs, in headings.</summary>
public static class MoveKinds
{
    public static IReadOnlyList<MoveKind> All { get; } = [MoveKind.Hire, MoveKind.Departure, MoveKind.Promotion, MoveKind.Poach];

    /// <summary>hire, departure, promotion, poach: as front matter spells it.</summary>
    public static string Name(MoveKind kind) => kind switch
    {
        MoveKind.Hire => "hire",
        MoveKind.Departure => "departure",
        MoveKind.Promotion => "promotion",
        _ => "poach",
    };

    /// <summary>hires, departures, promotions, poaches: the filter page's URL segment.</summary>
    public static string Plural(MoveKind kind) => kind == MoveKind.Poach ? "poaches" : Name(kind) + "s";

    /// <summary>Hire, Departure…: a label.</summary>
    public static string Label(MoveKind kind) => kind switch
    {
        MoveKind.Hire => "Hire",
        MoveKind.Departure => "Departure",
        MoveKind.Promotion => "Promotion",
        _ => "Poach",
    };

    /// <summary>Hires, Departures, Promotions, Poaches: a filter page's heading.</summary>
    public static string PluralLabel(MoveKind kind) => kind == MoveKind.Poach ? "Poaches" : Label(kind) + "s";
}

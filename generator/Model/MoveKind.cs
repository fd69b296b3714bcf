namespace Briefing.Model;

/// <summary>What a talent move is: someone hired, leaving, promoted inside a company, or poached by a rival.</summary>
public enum MoveKind
{
    Hire,
    Departure,
    Promotion,
    Poach,
}

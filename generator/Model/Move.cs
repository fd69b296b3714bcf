namespace Briefing.Model;

/// <summary>One talent move recorded in a briefing's front matter.</summary>
/// <param name="Person">Registry slug of the person, or null for a group move (then <see cref="Count"/> and <see cref="Who"/>).</param>
/// <param name="To">Destination company slug, or null when undisclosed.</param>
public sealed record Move(
    string? Person,
    int? Count,
    string? Who,
    string From,
    string? To,
    string? Role,
    MoveKind Kind,
    DateOnly Date)
{
    public bool IsGroup => Person is null;
}

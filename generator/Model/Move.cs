using System.Globalization;

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

    /// <summary>Where the move is written in its briefing's front matter, for diagnostics; null when unknown.</summary>
    public SourceSpan? Span { get; init; }

    /// <summary>Who moved: the person's slug, or "3 OpenAI researchers" for a group move.</summary>
    public string Mover => Person ?? $"{Count} {Who}";

    /// <summary>
    /// What makes two reports the same move: who moved (person, or count and description), from, to and date.
    /// Stable across builds, so it also names the move in the moves feed.
    /// </summary>
    public string Key => string.Join('|',
        Person is null ? "group:" + Count?.ToString(CultureInfo.InvariantCulture) + ":" + Who : "person:" + Person,
        From, To ?? "~", Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}

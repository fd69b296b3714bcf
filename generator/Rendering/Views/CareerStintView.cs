namespace Briefing.Rendering.Views;

/// <summary>
/// One stretch of a person's career: a role at a company between two moves. A null start or end means the
/// briefings do not say (the person was there before the first reported move, or still is).
/// </summary>
/// <param name="Reports">The briefings that reported the moves that start and end the stint, oldest first.</param>
public sealed record CareerStintView(
    LinkView Company,
    string? Role,
    string? StartIso,
    string? StartDisplay,
    string? EndIso,
    string? EndDisplay,
    IReadOnlyList<LinkView> Reports);

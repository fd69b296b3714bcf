namespace Briefing.Rendering.Views;

/// <summary>An edition in the digest's list: title, week, days and counts; <c>Url</c> is null for the running week (no page yet).</summary>
public sealed record EditionSummaryView(string Title, string Week, string Range, string? Url, int Briefings, int Moves, bool Draft);

namespace Briefing.Model;

/// <summary>A move together with the briefing that reports it.</summary>
public sealed record MoveReport(Move Move, Article Article);

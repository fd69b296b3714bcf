namespace Briefing.Rendering.Views;

/// <summary>A year on <c>/briefings/</c>: its page, how many briefings it has, and its months newest first.</summary>
public sealed record ArchiveYearView(string Name, string Url, int Count, IReadOnlyList<ArchiveMonthView> Months);

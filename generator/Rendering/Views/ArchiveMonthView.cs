namespace Briefing.Rendering.Views;

/// <summary>A month in the archive: "June 2025", its page, how many briefings it has.</summary>
/// <param name="Latest">On a year's page, the month's newest headlines (at most <see cref="ArchivePageView.HeadlinesPerMonth"/>); else empty.</param>
public sealed record ArchiveMonthView(string Name, string Url, int Count, IReadOnlyList<ArchiveEntryView> Latest);

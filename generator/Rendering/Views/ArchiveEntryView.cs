namespace Briefing.Rendering.Views;

/// <summary>A briefing as a headline in a year's archive: title, page and date.</summary>
public sealed record ArchiveEntryView(string Title, string Url, string DateIso, string DateDisplay);

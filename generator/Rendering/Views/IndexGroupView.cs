namespace Briefing.Rendering.Views;

/// <summary>Entries whose names start with one letter ("#" for digits and other scripts). <c>Anchor</c> is safe for an id.</summary>
public sealed record IndexGroupView(string Letter, string Anchor, IReadOnlyList<IndexEntryView> Entries);

namespace Briefing.Rendering.Views;

/// <summary>One entry of an A–Z index with the number of briefings that mention it; <c>Note</c> is optional context.</summary>
public sealed record IndexEntryView(string Name, string Url, int Count, string? Note);

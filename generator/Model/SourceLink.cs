namespace Briefing.Model;

/// <summary>A report a briefing cites. The URL is optional: some reports are cited by name only.</summary>
public sealed record SourceLink(string Name, Uri? Url);

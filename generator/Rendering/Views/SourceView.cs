namespace Briefing.Rendering.Views;

/// <summary>A cited report; <c>Url</c> is null when the report is cited by name only.</summary>
public sealed record SourceView(string Name, string? Url);

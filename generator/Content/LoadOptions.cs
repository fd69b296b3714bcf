namespace Briefing.Content;

/// <summary>What a load includes: drafts for previews, and a base URL that overrides <c>site.yml</c>.</summary>
public sealed record LoadOptions(bool IncludeDrafts = false, string? BaseUrlOverride = null);

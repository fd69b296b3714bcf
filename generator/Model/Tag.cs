namespace Briefing.Model;

/// <summary>A tag: its slug, a display name (from <c>content/tags.yml</c> or the slug) and an optional description.</summary>
public sealed record Tag(string Slug, string Name, string? Description);

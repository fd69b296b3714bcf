namespace Briefing.Model;

/// <summary>A tag: its slug, a display name (from <c>content/tags.yml</c> or the slug) and an optional description.</summary>
public sealed record Tag(string Slug, string Name, string? Description)
{
    /// <summary>Old URLs of this tag's page (<c>aliases</c> in its <c>content/tags.yml</c> entry), redirected to it.</summary>
    public IReadOnlyList<UrlAlias> UrlAliases { get; init; } = [];
}

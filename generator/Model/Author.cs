namespace Briefing.Model;

/// <summary>A registry entry from <c>content/authors/&lt;slug&gt;.yml</c>: someone who writes briefings (their byline).</summary>
/// <param name="Role">Their job at the desk ("Editor"), or null.</param>
/// <param name="Bio">A few sentences about them, in Markdown, or null.</param>
/// <param name="Links">Their profiles elsewhere (a website, a social account), in the file's order.</param>
/// <param name="Email">An address readers may write to, or null.</param>
public sealed record Author(
    string Slug,
    string Name,
    string? Role,
    string? Bio,
    IReadOnlyList<AuthorLink> Links,
    string? Email,
    string SourcePath)
{
    /// <summary>Old URLs of this author's page (<c>aliases</c> in their file), redirected to it.</summary>
    public IReadOnlyList<UrlAlias> UrlAliases { get; init; } = [];
}

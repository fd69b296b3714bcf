namespace Briefing.Model;

/// <summary>A registry entry from <c>content/companies/&lt;slug&gt;.yml</c>.</summary>
/// <param name="Parent">Slug of the parent company (AWS → amazon), if any.</param>
public sealed record Company(
    string Slug,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Parent,
    Uri? Website,
    string? Description,
    string SourcePath)
{
    /// <summary>Old URLs of this entry's page (the items of <c>aliases</c> that start with '/'), redirected to it.</summary>
    public IReadOnlyList<UrlAlias> UrlAliases { get; init; } = [];

    /// <summary>The entry's <c>logo</c>, shown on its page; null without one.</summary>
    public ImageRef? Logo { get; init; }
}

namespace Briefing.Model;

/// <summary>A registry entry from <c>content/people/&lt;slug&gt;.yml</c>.</summary>
public sealed record Person(
    string Slug,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Description,
    string SourcePath)
{
    /// <summary>Old URLs of this entry's page (the items of <c>aliases</c> that start with '/'), redirected to it.</summary>
    public IReadOnlyList<UrlAlias> UrlAliases { get; init; } = [];

    /// <summary>The entry's <c>photo</c>, shown on its page; null without one.</summary>
    public ImageRef? Photo { get; init; }
}

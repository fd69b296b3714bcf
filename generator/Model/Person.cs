namespace Briefing.Model;

/// <summary>A registry entry from <c>content/people/&lt;slug&gt;.yml</c>.</summary>
public sealed record Person(
    string Slug,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Description,
    string SourcePath);

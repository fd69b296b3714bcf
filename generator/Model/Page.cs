namespace Briefing.Model;

/// <summary>A standalone page: one Markdown file <c>content/pages/&lt;slug&gt;.md</c> (About, Contact…), published at <c>/&lt;slug&gt;/</c>.</summary>
/// <param name="SourcePath">Path relative to the site root, with '/'.</param>
/// <param name="Menus">The menus that link the page (<see cref="MenuNames"/>), in the order written.</param>
/// <param name="MenuTitle">The link text in menus, when shorter than <paramref name="Title"/>; null: the title.</param>
/// <param name="Weight">Menu order, lower first; null: after every weighted entry, by name.</param>
/// <param name="Updated">When the page last changed in substance (sitemap <c>lastmod</c>, JSON-LD <c>dateModified</c>); null when not given.</param>
/// <param name="BodyLine">The 1-based line of the file the body starts on.</param>
public sealed record Page(
    string SourcePath,
    string Slug,
    string Title,
    string Summary,
    PageType Type,
    IReadOnlyList<string> Menus,
    string? MenuTitle,
    int? Weight,
    PublishDate? Updated,
    bool Draft,
    BodyText Body,
    int BodyLine)
{
    /// <summary>The page's URL path, e.g. <c>/about/</c>.</summary>
    public string Url => Routes.Page(Slug);

    /// <summary>Old URLs of this page (front matter <c>aliases</c>), redirected to <see cref="Url"/>.</summary>
    public IReadOnlyList<UrlAlias> Aliases { get; init; } = [];

    /// <summary>Where the URL comes from: the <c>slug</c> value, or the file (1:1) when the slug is its name.</summary>
    public SourceSpan SlugSpan { get; init; }
}

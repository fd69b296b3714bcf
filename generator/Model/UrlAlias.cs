namespace Briefing.Model;

/// <summary>
/// An old URL of a page (front matter or registry <c>aliases</c>): a route like <see cref="Routes"/> makes, relative to the
/// site root (the base path is not part of it), normalized by <see cref="AliasPath"/>. The build redirects it to the page.
/// </summary>
/// <param name="Route">For example <c>/briefings/2025/old-slug/</c>.</param>
/// <param name="Span">Where the alias is written, for collisions.</param>
public sealed record UrlAlias(string Route, SourceSpan Span);

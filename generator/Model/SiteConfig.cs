namespace Briefing.Model;

/// <summary>The settings in <c>content/site.yml</c>.</summary>
/// <param name="BaseUrl">Absolute URL the site is published at, always ending in '/'.</param>
/// <param name="PerPage">Items on each paginated list page (home, company, person, tag).</param>
/// <param name="FeedItems">Items in the site-wide feeds.</param>
public sealed record SiteConfig(
    string Title,
    Uri BaseUrl,
    string Description,
    string Language,
    string? Author,
    int PerPage,
    int FeedItems)
{
    public const int DefaultPerPage = 20;
    public const int DefaultFeedItems = 50;

    /// <summary>The path part of <see cref="BaseUrl"/> ("/" or "/sub/"): every internal link starts with it.</summary>
    public string BasePath => BaseUrl.AbsolutePath;
}

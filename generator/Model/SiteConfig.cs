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

    /// <summary>The default of <see cref="MaxFileMegabytes"/>: a 20 MB briefing builds in seconds, a stray dump does not.</summary>
    public const int DefaultMaxFileMegabytes = 50;

    /// <summary><see cref="DefaultMaxFileMegabytes"/> in bytes (the limit while site.yml itself is read).</summary>
    public const long DefaultMaxFileBytes = DefaultMaxFileMegabytes * 1_000_000L;

    /// <summary>The largest content file read, in megabytes (site.yml <c>max_file_mb</c>); a larger one is an error.</summary>
    public int MaxFileMegabytes { get; init; } = DefaultMaxFileMegabytes;

    /// <summary>Author slugs (site.yml <c>default_authors</c>) for the byline of a briefing that names no <c>authors</c>.</summary>
    public IReadOnlyList<string> DefaultAuthors { get; init; } = [];

    /// <summary><see cref="MaxFileMegabytes"/> in bytes.</summary>
    public long MaxFileBytes => MaxFileMegabytes * 1_000_000L;

    /// <summary>The entries of site.yml's <c>menus:</c> list (external links, or site paths no page stands for), as written.</summary>
    public IReadOnlyList<MenuItem> Menus { get; init; } = [];

    /// <summary>The IANA time zone (site.yml <c>timezone</c>) in which the digest's weeks run Monday to Sunday.</summary>
    public string TimeZone { get; init; } = DefaultTimeZone;

    public const string DefaultTimeZone = "UTC";

    /// <summary>The newsletter's sign-up form (site.yml <c>newsletter:</c>), or null: the subscribe page offers the feeds only.</summary>
    public Newsletter? Newsletter { get; init; }

    /// <summary>site.yml <c>images:</c>, the responsive variants' widths and quality.</summary>
    public ImageSettings Images { get; init; } = ImageSettings.Default;

    /// <summary>The path part of <see cref="BaseUrl"/> ("/" or "/sub/"): every internal link starts with it.</summary>
    public string BasePath => BaseUrl.AbsolutePath;
}

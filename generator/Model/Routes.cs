namespace Briefing.Model;

/// <summary>
/// The URL scheme, and the only place it lives. Every route is a path from the site root that starts and
/// ends with '/' (pretty URLs) or names a file; <see cref="OutputFile"/> maps it to the file written.
/// </summary>
public static class Routes
{
    public const string CompaniesIndex = "/companies/";
    public const string PeopleIndex = "/people/";
    public const string TagsIndex = "/tags/";
    public const string AuthorsIndex = "/authors/";
    public const string NotFound = "/404.html";
    public const string Feed = "/feed.xml";
    public const string AtomFeed = "/atom.xml";
    public const string JsonFeed = "/feed.json";

    /// <summary>The HTML page that lists every feed.</summary>
    public const string FeedsPage = "/feeds/";

    /// <summary>OPML 2.0 subscription lists: every entity feed, and the company, person and tag feeds alone.</summary>
    public const string FeedsOpml = "/feeds.opml";
    public const string CompanyFeedsOpml = "/companies/feeds.opml";
    public const string PersonFeedsOpml = "/people/feeds.opml";
    public const string TagFeedsOpml = "/tags/feeds.opml";
    public const string AuthorFeedsOpml = "/authors/feeds.opml";
    public const string Sitemap = "/sitemap.xml";

    /// <summary>Every talent move, newest first; <see cref="Moves"/> gives its filter pages.</summary>
    public const string MovesIndex = "/moves/";

    /// <summary>RSS 2.0 feed with one item per talent move.</summary>
    public const string MovesFeed = "/moves/feed.xml";
    public const string Robots = "/robots.txt";

    /// <summary>The search page: Pagefind's UI over the index in <see cref="SearchIndex"/>; reads <c>?q=</c>.</summary>
    public const string Search = "/search/";

    /// <summary>The folder Pagefind writes its index and UI into (not produced by the page build itself).</summary>
    public const string SearchIndex = "/pagefind/";

    /// <summary>Every correction on the site, newest first; its RSS feed is <see cref="CorrectionsFeed"/>.</summary>
    public const string CorrectionsIndex = "/corrections/";

    /// <summary>RSS 2.0 feed with one item per correction.</summary>
    public const string CorrectionsFeed = "/corrections/feed.xml";

    /// <summary>The archive: every year with its months and counts. A year is <see cref="Archive"/>.</summary>
    public const string ArchiveIndex = "/briefings/";

    /// <summary>Every edition of the weekly digest, newest first (paginated), with the running week so far.</summary>
    public const string DigestIndex = "/digest/";

    /// <summary>RSS 2.0 feed with one item per finished edition, its email-ready HTML as content.</summary>
    public const string DigestFeed = "/digest/feed.xml";

    /// <summary>The newsletter's sign-up form and the site's feeds.</summary>
    public const string Subscribe = "/subscribe/";

    /// <summary>An edition's page: <c>/digest/2025-W26/</c>.</summary>
    public static string Digest(IsoWeek week) => $"/digest/{week}/";

    /// <summary>The digest's list of editions, page <paramref name="page"/>.</summary>
    public static string DigestList(int page = 1) => Paged(DigestIndex, page);

    /// <summary>An edition's email-ready HTML (table layout, inlined styles, absolute URLs).</summary>
    public static string DigestEmail(IsoWeek week) => $"/digest/{week}/email.html";

    /// <summary>An edition's plain-text email, holding every link of <see cref="DigestEmail"/>.</summary>
    public static string DigestText(IsoWeek week) => $"/digest/{week}/email.txt";

    public static string Corrections(int page = 1) => Paged(CorrectionsIndex, page);

    /// <summary>
    /// A year's archive (<c>/briefings/2025/</c>) or a month's (<c>/briefings/2025/06/</c>, paginated): every prefix of
    /// a briefing's URL is a page.
    /// </summary>
    public static string Archive(int year, int? month = null, int page = 1) =>
        month is { } m ? Paged($"/briefings/{year:D4}/{m:D2}/", page) : Paged($"/briefings/{year:D4}/", page);

    /// <summary>
    /// Whether a briefing slug would land on an archive's route: a month (<c>01</c>–<c>12</c>) or the pager's <c>page</c>.
    /// </summary>
    public static bool IsArchiveSegment(string slug) =>
        slug == "page" || (slug.Length == 2 && char.IsAsciiDigit(slug[0]) && char.IsAsciiDigit(slug[1]) && slug is not "00" && int.Parse(slug, System.Globalization.CultureInfo.InvariantCulture) <= 12);

    public static string Home(int page = 1) => Paged("/", page);

    public static string Article(int year, string slug) => $"/briefings/{year:D4}/{slug}/";

    public static string Company(string slug, int page = 1) => Paged($"/companies/{slug}/", page);

    public static string Person(string slug, int page = 1) => Paged($"/people/{slug}/", page);

    public static string Tag(string slug, int page = 1) => Paged($"/tags/{slug}/", page);

    public static string Author(string slug, int page = 1) => Paged($"/authors/{slug}/", page);

    /// <summary>RSS 2.0 feed of an author's briefings.</summary>
    public static string AuthorFeed(string slug) => $"/authors/{slug}/feed.xml";

    /// <summary>RSS 2.0 feed of a company's briefings (its subsidiaries' included).</summary>
    public static string CompanyFeed(string slug) => $"/companies/{slug}/feed.xml";

    public static string PersonFeed(string slug) => $"/people/{slug}/feed.xml";

    public static string TagFeed(string slug) => $"/tags/{slug}/feed.xml";

    /// <summary><c>/moves/</c>, or a kind's filter page: <c>/moves/hires/</c>, <c>/moves/departures/</c>, <c>/moves/promotions/</c>, <c>/moves/poaches/</c>.</summary>
    public static string Moves(MoveKind? kind, int page = 1) => Paged(kind is { } k ? $"/moves/{MoveKinds.Plural(k)}/" : MovesIndex, page);

    public static string Asset(string fileName) => $"/assets/{fileName}";

    /// <summary>An image variant (hash-named, so its bytes never change under its URL).</summary>
    public static string Media(string fileName) => $"/media/{fileName}";

    /// <summary>A standalone page (<c>content/pages/&lt;slug&gt;.md</c>): <c>/about/</c>. Its slug may not be one of <see cref="ReservedSegments"/>.</summary>
    public static string Page(string slug) => $"/{slug}/";

    /// <summary>
    /// Every top-level segment the site writes or will write (folders and files), which a standalone page's slug may not
    /// take: the generated sections, the search index, and the names kept for authors, corrections, archives, the digest
    /// and subscriptions. Files are listed too, so a menu link to one of them is known to lead somewhere.
    /// </summary>
    public static IReadOnlySet<string> ReservedSegments { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "briefings", "companies", "people", "tags", "moves", "feeds", "search", "page", "assets", "pagefind", "authors",
        "corrections", "digest", "subscribe", "archives", "404", "index", "static", "media",
        "feed.xml", "atom.xml", "feed.json", "feeds.opml", "sitemap.xml", "robots.txt", "404.html", "index.html",
        "favicon.ico", "_redirects", "_headers", "cards",
    };

    /// <summary>Page 1 is the list's own URL; page n is <c>list/page/n/</c>, as Hugo does it.</summary>
    public static string Paged(string listUrl, int page) => page <= 1 ? listUrl : $"{listUrl}page/{page}/";

    /// <summary>The file a route is written to, relative to the output folder: <c>/a/b/</c> → <c>a/b/index.html</c>.</summary>
    public static string OutputFile(string route) =>
        route.EndsWith('/') ? string.Concat(route.AsSpan(1), "index.html") : route[1..]; // one string: every kept file asks
}

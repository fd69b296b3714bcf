namespace Briefing.Model;

/// <summary>A briefing: one Markdown file under <c>content/briefings/YYYY/</c>, validated and resolved.</summary>
/// <param name="SourcePath">Path relative to the site root, with '/'.</param>
/// <param name="Body">The Markdown after the front matter (and its hash).</param>
/// <param name="Updated">The effective update: front matter <c>updated</c>, or the newest correction when later; null when neither.</param>
/// <param name="BodyLine">The 1-based line of the file the body starts on.</param>
public sealed record Article(
    string SourcePath,
    string Slug,
    string Title,
    PublishDate Date,
    PublishDate? Updated,
    string Summary,
    IReadOnlyList<string> Companies,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Tags,
    IReadOnlyList<Move> Moves,
    IReadOnlyList<SourceLink> Sources,
    bool Draft,
    BodyText Body,
    int BodyLine)
{
    /// <summary>
    /// Whether the first mention of each registry company and person in the body links to its page
    /// (front matter <c>autolink: false</c> turns it off for one briefing).
    /// </summary>
    public bool Autolink { get; init; } = true;

    /// <summary>
    /// Author slugs for the byline, in order: the front matter's <c>authors</c>, else site.yml's <c>default_authors</c>
    /// (resolved by the loader, so every list and feed sees the same names).
    /// </summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>
    /// A hash of the source file's text before the body (the fences and the front matter), or zero when unknown.
    /// With <see cref="SourcePath"/> (and the registries each slug resolves against) it determines every other
    /// member of this record but <see cref="Body"/>: the build cache keys pages by it instead of serializing them.
    /// </summary>
    public UInt128 FrontMatterHash { get; init; }

    /// <summary>Front matter <c>corrections</c>, oldest first; <see cref="Updated"/> already counts the newest.</summary>
    public IReadOnlyList<Correction> Corrections { get; init; } = [];

    /// <summary>Words in the body as readers see it (no markup, link targets or code blocks); see <see cref="ReadingTime"/>.</summary>
    public int WordCount { get; init; }

    /// <summary>Old URLs of this briefing (front matter <c>aliases</c>), redirected to <see cref="Url"/>.</summary>
    public IReadOnlyList<UrlAlias> Aliases { get; init; } = [];

    /// <summary>Where the URL comes from: the <c>slug</c> value, or the file (1:1) when the slug is its name.</summary>
    public SourceSpan SlugSpan { get; init; }

    /// <summary>Where <c>date</c> is written (it gives the URL's year).</summary>
    public SourceSpan DateSpan { get; init; }

    /// <summary>Front matter <c>image:</c>, the hero shown above the body, in feeds and in search results; null without one.</summary>
    public ImageRef? Image { get; init; }

    /// <summary>The year in the URL: the year of <see cref="Date"/>.</summary>
    public int Year => Date.Day.Year;

    /// <summary>The page's URL path, e.g. <c>/briefings/2025/vasi-philomin-leaves-aws/</c>.</summary>
    public string Url => Routes.Article(Year, Slug);

    /// <summary>Newest first, then slug: the one order every list and feed uses.</summary>
    public static int CompareNewestFirst(Article a, Article b)
    {
        var byDate = b.Date.CompareTo(a.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Slug, b.Slug);
    }
}

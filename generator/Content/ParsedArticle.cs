using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// A briefing as read from its file, every value with its position, before slugs are resolved.
/// <see cref="IsComplete"/> is false when the file had errors: its slugs are still checked, but it is never published.
/// </summary>
internal sealed record ParsedArticle(
    string SourcePath,
    Located<string> Slug,
    string Title,
    PublishDate Date,
    PublishDate? Updated,
    string Summary,
    SourceSpan SummarySpan,
    IReadOnlyList<Located<string>> Companies,
    IReadOnlyList<Located<string>> People,
    IReadOnlyList<Located<string>> Tags,
    IReadOnlyList<ParsedMove> Moves,
    IReadOnlyList<SourceLink> Sources,
    SourceSpan SourcesSpan,
    bool Draft,
    BodyText Body,
    int BodyLine,
    bool IsComplete)
{
    /// <summary>Front matter <c>autolink</c>: false keeps registry names in the body unlinked.</summary>
    public bool Autolink { get; init; } = true;

    /// <summary>Front matter <c>authors</c>: author slugs for the byline, in order (empty: site.yml's <c>default_authors</c>).</summary>
    public IReadOnlyList<Located<string>> Authors { get; init; } = [];

    /// <summary>Front matter <c>aliases</c>: the briefing's old URLs, normalized.</summary>
    public IReadOnlyList<UrlAlias> Aliases { get; init; } = [];

    /// <summary>Where <c>date</c> is written (the URL's year comes from it).</summary>
    public SourceSpan DateSpan { get; init; }

    /// <summary>A hash of the file's text before the body (see <see cref="Model.Article.FrontMatterHash"/>).</summary>
    public UInt128 FrontMatterHash { get; init; }

    /// <summary>Front matter <c>corrections</c>, checked, oldest first.</summary>
    public IReadOnlyList<Correction> Corrections { get; init; } = [];

    /// <summary>The body's words (<see cref="WordCounter"/>), counted once when the file is parsed.</summary>
    public int WordCount { get; init; }

    /// <summary>Front matter <c>image:</c>, its file resolved; null without one.</summary>
    public ImageRef? Image { get; init; }

    /// <summary>Every local image file the briefing names (hero and body), with where: their existence is checked on every build.</summary>
    public IReadOnlyList<Located<string>> ImageFiles { get; init; } = [];

    /// <summary>Where the body starts in the file's (decoded, LF) text, or -1: the build cache stores this, not the body.</summary>
    public int BodyStart { get; init; } = -1;
}

namespace Briefing.Rendering.Views;

/// <summary>The <c>page</c> of a briefing. <c>Previous</c> is the older briefing, <c>Next</c> the newer one.</summary>
/// <param name="Moves">The moves the briefing reports; <c>Reports</c> of each also names other briefings reporting the same move.</param>
/// <param name="BodyHtml">The briefing's rendered Markdown; <see cref="SafeHtml"/>, written as it is.</param>
/// <param name="Corrections">The Corrections box, oldest first; empty when the briefing was never corrected.</param>
/// <param name="ReadingMinutes">Minutes to read the body (at least 1); <c>WordCount</c> its words.</param>
/// <param name="Contents">The table of contents: the body's second-level headings when it has three or more; else empty.</param>
/// <param name="Breadcrumbs">The pages above the briefing: the site, the archive, its year, its month.</param>
/// <param name="Related">At most five briefings sharing the most companies and people with this one, ties newest first.</param>
public sealed record ArticlePageView(
    string Title,
    string Url,
    string DateIso,
    string DateDisplay,
    string? UpdatedIso,
    string? UpdatedDisplay,
    string Summary,
    SafeHtml BodyHtml,
    IReadOnlyList<LinkView> Companies,
    IReadOnlyList<LinkView> People,
    IReadOnlyList<LinkView> Tags,
    IReadOnlyList<MoveView> Moves,
    IReadOnlyList<SourceView> Sources,
    LinkView? Previous,
    LinkView? Next,
    bool Draft,
    IReadOnlyList<ArticleCardView> Related,
    IReadOnlyList<CorrectionView> Corrections,
    int WordCount,
    int ReadingMinutes,
    IReadOnlyList<ContentsEntryView> Contents,
    IReadOnlyList<LinkView> Breadcrumbs)
{
    /// <summary>The byline: the briefing's authors in order, each with what precedes its name; empty without authors.</summary>
    public IReadOnlyList<BylineAuthorView> Authors { get; init; } = [];

    /// <summary>The hero image (front matter <c>image:</c>) as a picture or figure, loaded first; empty without one.</summary>
    public SafeHtml HeroHtml { get; init; } = SafeHtml.Empty;
}

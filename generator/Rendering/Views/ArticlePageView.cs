namespace Briefing.Rendering.Views;

/// <summary>The <c>page</c> of a briefing. <c>Previous</c> is the older briefing, <c>Next</c> the newer one.</summary>
public sealed record ArticlePageView(
    string Title,
    string Url,
    string DateIso,
    string DateDisplay,
    string? UpdatedIso,
    string? UpdatedDisplay,
    string Summary,
    string BodyHtml,
    IReadOnlyList<LinkView> Companies,
    IReadOnlyList<LinkView> People,
    IReadOnlyList<LinkView> Tags,
    IReadOnlyList<MoveView> Moves,
    IReadOnlyList<SourceView> Sources,
    LinkView? Previous,
    LinkView? Next,
    bool Draft);

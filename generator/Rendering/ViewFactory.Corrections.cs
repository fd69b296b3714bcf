using Briefing.Model;
using Briefing.Rendering.Views;

namespace Briefing.Rendering;

/// <summary>Corrections: a briefing's Corrections box, <c>/corrections/</c>, and the contents and breadcrumbs of a briefing.</summary>
public sealed partial class ViewFactory
{
    private static readonly IReadOnlyList<CorrectionView> NoCorrections = [];

    private MarkdownRenderer? _inlineMarkdown;

    /// <summary>The shared safe pipeline for corrections' Markdown (made on first use: most sites have few corrections).</summary>
    private MarkdownRenderer InlineMarkdown =>
        LazyInitializer.EnsureInitialized(ref _inlineMarkdown, () => new MarkdownRenderer(_model.Config.BasePath));

    public IReadOnlyList<CorrectionView> Corrections(Article article) => article.Corrections.Count == 0
        ? NoCorrections
        : article.Corrections.Select(c => new CorrectionView(DisplayDates.Iso(c.Date), DisplayDates.Human(c.Date),
            new SafeHtml(InlineMarkdown.ToInlineHtml(c.Text)), c.Anchor)).ToArray();

    public CorrectionsPageView CorrectionsPage(IReadOnlyList<CorrectionNotice> notices, PagerView pager) => new(
        notices.Select(n => new CorrectionEntryView(DisplayDates.Iso(n.Correction.Date), DisplayDates.Human(n.Correction.Date),
            new SafeHtml(InlineMarkdown.ToInlineHtml(n.Correction.Text)), _urls.Link(n.Route), ArticleLink(n.Article))).ToArray(),
        pager,
        _urls.Link(Routes.CorrectionsFeed));

    public MetaView CorrectionsMeta(int page) =>
        Meta(page == 1 ? "Corrections" : $"Corrections, page {page}",
            "Every correction and update made to a briefing after it was published, newest first.", Routes.Corrections(page), "corrections") with
        {
            Feeds = [new LinkView("Corrections", _urls.Link(Routes.CorrectionsFeed))],
        };

    private static IReadOnlyList<ContentsEntryView> Contents(string bodyHtml) => TableOfContents.Of(bodyHtml);
}

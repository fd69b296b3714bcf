namespace Briefing.Rendering.Views;

/// <summary>The <c>page</c> of <c>/corrections/</c>: every correction on the site, newest first, paginated.</summary>
/// <param name="FeedUrl">The corrections' RSS feed (href).</param>
public sealed record CorrectionsPageView(IReadOnlyList<CorrectionEntryView> Corrections, PagerView Pager, string FeedUrl)
{
    /// <summary>Corrections per page: short entries, so more of them than briefings.</summary>
    public const int PerPage = 50;
}

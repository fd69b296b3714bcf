namespace Briefing.Rendering.Views;

/// <summary>The <c>page</c> of <c>/digest/</c> (the <c>digest</c> layout): the editions, newest first, paginated.</summary>
/// <param name="Current">The running week so far (first page only), or null: not an edition yet.</param>
/// <param name="FeedUrl">The digest feed (href); <c>FeedAbsoluteUrl</c> to copy into an RSS-to-email service.</param>
public sealed record DigestPageView(
    IReadOnlyList<EditionSummaryView> Editions,
    EditionSummaryView? Current,
    PagerView Pager,
    string FeedUrl,
    string FeedAbsoluteUrl,
    string SubscribeUrl);

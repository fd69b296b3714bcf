namespace Briefing.Rendering.Views;

/// <summary>
/// The <c>page</c> of <c>/feeds/</c>: every feed of the site in groups (the site's own feeds, then companies, people
/// and tags, each A–Z), with absolute addresses to copy into a feed reader.
/// </summary>
/// <param name="OpmlUrl">OPML 2.0 list of every company, person and tag feed (href).</param>
/// <param name="OpmlAbsoluteUrl">The same, absolute, to copy.</param>
public sealed record FeedsPageView(string OpmlUrl, string OpmlAbsoluteUrl, IReadOnlyList<FeedGroupView> Groups);

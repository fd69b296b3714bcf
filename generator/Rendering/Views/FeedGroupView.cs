namespace Briefing.Rendering.Views;

/// <summary>One group of feeds on <c>/feeds/</c>: "Site", "Companies", "People" or "Tags".</summary>
/// <param name="Anchor">Safe for an id: <c>feeds-site</c>, <c>feeds-companies</c>…</param>
/// <param name="OpmlUrl">An OPML 2.0 list of just this group's feeds (href), or null (the site group).</param>
public sealed record FeedGroupView(string Heading, string Anchor, string? OpmlUrl, IReadOnlyList<FeedEntryView> Feeds);

namespace Briefing.Rendering.Views;

/// <summary>One feed on <c>/feeds/</c>.</summary>
/// <param name="Name">The entity's name, or the feed's name for the site feeds ("All briefings").</param>
/// <param name="Format">RSS, Atom or JSON Feed.</param>
/// <param name="MediaType">For a <c>type</c> attribute: <c>application/rss+xml</c>, <c>application/atom+xml</c>, <c>application/feed+json</c>.</param>
/// <param name="Url">The feed, ready for an href.</param>
/// <param name="AbsoluteUrl">The feed's absolute address, to show and copy.</param>
/// <param name="PageUrl">The entity's page (href), or null for the site feeds.</param>
/// <param name="Count">How many briefings concern the entity (all of them for a site feed; every move for the moves feed).</param>
public sealed record FeedEntryView(string Name, string Format, string MediaType, string Url, string AbsoluteUrl, string? PageUrl, int Count);

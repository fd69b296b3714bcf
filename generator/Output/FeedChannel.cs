using Briefing.Model;

namespace Briefing.Output;

/// <summary>One feed to write: where it goes, what it is about, and its items newest first.</summary>
/// <param name="Route">The feed's own route (<c>/companies/amazon/feed.xml</c>).</param>
/// <param name="Name">What the feed follows: the entity's name, or the site's title for the site feed.</param>
/// <param name="Title">The channel title: the site's title, or "Amazon – Briefing" for an entity.</param>
/// <param name="HtmlRoute">The page the feed mirrors (the home page, the entity's page).</param>
/// <param name="Items">At most <see cref="SiteConfig.FeedItems"/> briefings, newest first; possibly none.</param>
/// <param name="Moves">For the moves feed: at most <see cref="SiteConfig.FeedItems"/> moves, newest first, one item each (then <paramref name="Items"/> is empty); else null.</param>
/// <param name="Corrections">For the corrections feed: at most <see cref="SiteConfig.FeedItems"/> corrections, newest first, one item
/// each (then <paramref name="Items"/> holds the briefings they correct, which key the feed in the build cache); else null.</param>
internal sealed record FeedChannel(string Route, string Name, string Title, string Description, string HtmlRoute, IReadOnlyList<Article> Items,
    IReadOnlyList<MoveReport>? Moves = null, IReadOnlyList<CorrectionNotice>? Corrections = null);

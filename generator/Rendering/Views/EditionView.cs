namespace Briefing.Rendering.Views;

/// <summary>
/// The <c>page</c> of an edition of the weekly digest: its page (<c>edition</c> layout) and its email (<c>email</c>
/// layout, whose links the build makes absolute).
/// </summary>
/// <param name="Week">The ISO week, <c>2025-W26</c>.</param>
/// <param name="Range">The week's days, "23–29 June 2025".</param>
/// <param name="EmailUrl">The edition's email (href), or null: only the newest <c>feed_items</c> editions have one; <c>TextUrl</c> likewise.</param>
/// <param name="Preheader">The line email clients show after the subject: the week's counts and first titles.</param>
/// <param name="IntroHtml">The editor's introduction (<c>content/digest/YYYY-Www.md</c>), rendered; null without one.</param>
/// <param name="Moves">The moves first reported this week, newest first.</param>
/// <param name="Gainers">Companies that gained the most people this week (net, largest first); at most three.</param>
/// <param name="Losers">Companies that lost the most people this week (net, most negative first); at most three.</param>
/// <param name="Companies">Every company the week's briefings name, A–Z.</param>
/// <param name="People">Every person the week's briefings name, A–Z.</param>
/// <param name="Finished">False for the running week ("this week so far").</param>
public sealed record EditionView(
    string Title,
    string Week,
    string Range,
    string Url,
    string? EmailUrl,
    string? TextUrl,
    string Preheader,
    SafeHtml? IntroHtml,
    IReadOnlyList<ArticleCardView> Articles,
    IReadOnlyList<MoveView> Moves,
    IReadOnlyList<NetFlowView> Gainers,
    IReadOnlyList<NetFlowView> Losers,
    IReadOnlyList<LinkView> Companies,
    IReadOnlyList<LinkView> People,
    bool Draft,
    bool Finished)
{
    /// <summary>The previous (older) edition, or null.</summary>
    public LinkView? Older { get; init; }

    /// <summary>The next (newer) edition, or null.</summary>
    public LinkView? Newer { get; init; }

    /// <summary>The digest's list of editions, the subscribe page and the digest feed (hrefs).</summary>
    public string DigestUrl { get; init; } = string.Empty;

    public string SubscribeUrl { get; init; } = string.Empty;

    public string FeedUrl { get; init; } = string.Empty;

    /// <summary>The unsubscribe link the mailing service replaces (site.yml <c>newsletter.unsubscribe</c>; Mailchimp's <c>*|UNSUB|*</c> by default).</summary>
    public string UnsubscribeUrl { get; init; } = string.Empty;
}

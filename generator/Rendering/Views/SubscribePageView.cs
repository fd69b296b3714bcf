namespace Briefing.Rendering.Views;

/// <summary>
/// The <c>page</c> of <c>/subscribe/</c> (the <c>subscribe</c> layout): the newsletter's sign-up form when site.yml
/// has a <c>newsletter:</c> block (a plain form, no JavaScript), and the feeds with their absolute addresses.
/// </summary>
/// <param name="FormAction">The form's action URL, or null without a newsletter.</param>
/// <param name="FormField">The email input's name.</param>
/// <param name="Provider">The mailing service's name, or null.</param>
/// <param name="Feeds">The digest feed, the briefings' feeds and the moves feed, each with its absolute URL as <c>Url</c>.</param>
public sealed record SubscribePageView(
    string? FormAction,
    string FormField,
    string? Provider,
    string DigestUrl,
    IReadOnlyList<LinkView> Feeds,
    string FeedsPageUrl);

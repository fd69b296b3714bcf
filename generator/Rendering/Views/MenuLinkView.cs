namespace Briefing.Rendering.Views;

/// <summary>One link of a site menu (<c>site.main_menu</c>, <c>site.footer_menu</c>).</summary>
/// <param name="Url">Ready for an href: a site path with the base path, or the external URL as written.</param>
/// <param name="CanonicalUrl">The absolute URL the link leads to: equal to <c>meta.canonical_url</c> on the page it links, for <c>aria-current</c>.</param>
/// <param name="External">Whether the link leads off the site.</param>
public sealed record MenuLinkView(string Name, string Url, string CanonicalUrl, bool External);

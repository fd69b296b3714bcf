namespace Briefing.Rendering.Views;

/// <summary>What every template sees as <c>site</c>. URLs are ready for an href.</summary>
/// <param name="Locale">The language as an OpenGraph locale: <c>en</c>, <c>en_GB</c> for <c>en-GB</c>.</param>
/// <param name="FeedUrl">The site-wide RSS 2.0 feed.</param>
/// <param name="AtomFeedUrl">The site-wide Atom 1.0 feed.</param>
/// <param name="JsonFeedUrl">The site-wide JSON Feed 1.1.</param>
/// <param name="FeedsUrl">The page that lists every feed (<c>/feeds/</c>).</param>
/// <param name="OpmlUrl">OPML 2.0 list of every company, person and tag feed.</param>
/// <param name="MovesUrl">The table of every talent move (<c>/moves/</c>).</param>
/// <param name="MovesFeedUrl">The RSS 2.0 feed of talent moves, one item per move.</param>
/// <param name="SearchUrl">The search page (<c>/search/</c>); a plain GET form sends <c>q</c> to it.</param>
/// <param name="ArchiveUrl">The date archive (<c>/briefings/</c>): years, months, their briefings.</param>
/// <param name="CorrectionsUrl">Every correction on the site (<c>/corrections/</c>).</param>
/// <param name="MainMenu">The header's menu after the built-in sections: pages with <c>menu: main</c> and site.yml entries, in order.</param>
/// <param name="FooterMenu">The footer's menu: pages with <c>menu: footer</c> and site.yml entries, in order.</param>
public sealed record SiteView(
    string Title,
    string Description,
    string Language,
    string Locale,
    string? Author,
    string BaseUrl,
    string HomeUrl,
    string CompaniesUrl,
    string PeopleUrl,
    string TagsUrl,
    string FeedUrl,
    string AtomFeedUrl,
    string JsonFeedUrl,
    string FeedsUrl,
    string OpmlUrl,
    string StylesheetUrl,
    string MovesUrl,
    string MovesFeedUrl,
    string SearchUrl,
    string ArchiveUrl,
    string CorrectionsUrl,
    IReadOnlyList<MenuLinkView> MainMenu,
    IReadOnlyList<MenuLinkView> FooterMenu)
{
    /// <summary>The A–Z index of authors (<c>/authors/</c>), or null when the site has no author registry.</summary>
    public string? AuthorsUrl { get; init; }

    /// <summary>The weekly digest's editions (<c>/digest/</c>).</summary>
    public string DigestUrl { get; init; } = string.Empty;

    /// <summary>The subscribe page (<c>/subscribe/</c>): the newsletter's form and the feeds.</summary>
    public string SubscribeUrl { get; init; } = string.Empty;
}

namespace Briefing.Rendering.Views;

/// <summary>
/// What every template sees as <c>meta</c>: the document title, description, canonical URL and page kind, and what
/// the head needs for social cards, feed autodiscovery and structured data.
/// </summary>
/// <param name="Title">The document title: the page's own title, then the site's ("Amazon – Briefing").</param>
/// <param name="Kind">home, article, company, person, author, tag, index, feeds or not-found.</param>
/// <param name="Headline">The page's own title without the site name, for <c>og:title</c> and <c>twitter:title</c>.</param>
/// <param name="PublishedIso">On a briefing: its date as RFC 3339 with offset (<c>article:published_time</c>); else null.</param>
/// <param name="ModifiedIso">On a briefing: its <c>updated</c> date, or its date when never updated (<c>article:modified_time</c>); else null.</param>
/// <param name="Feeds">
/// The RSS feeds of what the page is about, for <c>&lt;link rel="alternate"&gt;</c>: an entity page's own feed, a
/// briefing's companies' and people's feeds (name and href). Empty elsewhere; the site feeds are on <c>site</c>.
/// </param>
/// <param name="JsonLdHtml">
/// Schema.org JSON-LD for a <c>&lt;script type="application/ld+json"&gt;</c> element, or null: serialized with
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> escaped as <c>\u003C</c>… so no text can close the script element.
/// <see cref="SafeHtml"/>: templates write it as it is.
/// </param>
public sealed record MetaView(
    string Title,
    string Description,
    string CanonicalUrl,
    string Kind,
    bool NoIndex,
    string Headline,
    string? PublishedIso,
    string? ModifiedIso,
    IReadOnlyList<LinkView> Feeds,
    SafeHtml? JsonLdHtml)
{
    /// <summary>On a briefing with a byline: its authors' names as English ("A and B"), for <c>&lt;meta name="author"&gt;</c>; else null (the site's author).</summary>
    public string? Author { get; init; }

    /// <summary>The page's own social card (<c>og:image</c>, <c>twitter:image</c>), or null: the theme's shared image.</summary>
    public SocialCardView? Image { get; init; }
}

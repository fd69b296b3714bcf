using Briefing.Model;
using Briefing.Rendering.Views;

namespace Briefing.Rendering;

/// <summary>Standalone pages (<c>content/pages/</c>) and the site's menus.</summary>
public sealed partial class ViewFactory
{
    /// <summary>Renders page bodies: the briefings' safe pipeline (raw HTML escaped, unsafe links dropped), without the entity linker.</summary>
    private readonly Lazy<MarkdownRenderer> _pageMarkdown;

    /// <summary>A page's <c>meta</c>: noindex while a draft, schema.org WebPage, AboutPage or ContactPage.</summary>
    public MetaView StandaloneMeta(Page page) =>
        Meta(page.Title, page.Summary, page.Url, "page", page.Draft) with { JsonLdHtml = _jsonLd.WebPage(page) };

    public StandalonePageView StandalonePage(Page page) => new(
        page.Title,
        _urls.Link(page.Url),
        page.Type.ToString().ToLowerInvariant(),
        page.Summary,
        new SafeHtml(_pageMarkdown.Value.ToHtml(page.Body.Text)),
        page.Updated is { } u ? DisplayDates.Iso(u) : null,
        page.Updated is { } u2 ? DisplayDates.Human(u2) : null,
        page.Draft);

    private MenuLinkView[] MenuLinks(string menu) => _model.Menus
        .Where(item => item.Menu == menu)
        .Select(item => item.IsExternal
            ? new MenuLinkView(item.Name, item.Url, item.Url, External: true)
            : new MenuLinkView(item.Name, _urls.Link(item.Url), _urls.Absolute(item.Url), External: false))
        .ToArray();
}

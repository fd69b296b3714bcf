using System.Collections.Concurrent;
using Briefing.Model;
using Briefing.Rendering.Views;

namespace Briefing.Rendering;

/// <summary>Bylines, author pages and their index.</summary>
public sealed partial class ViewFactory
{
    private static readonly IReadOnlyList<BylineAuthorView> NoByline = [];

    private Dictionary<string, LinkView>? _authorLinks;
    private MarkdownRenderer? _bioRenderer;
    private readonly ConcurrentDictionary<string, SafeHtml> _bios = new(StringComparer.Ordinal);

    /// <summary>The byline of a briefing, as English: "A", "A and B", "A, B and C".</summary>
    public IReadOnlyList<BylineAuthorView> Byline(Article article)
    {
        var authors = article.Authors;
        if (authors.Count == 0)
        {
            return NoByline;
        }

        var links = AuthorLinks();
        var byline = new BylineAuthorView[authors.Count];
        for (var i = 0; i < authors.Count; i++)
        {
            var link = links[authors[i]];
            byline[i] = new BylineAuthorView(Separator(i, authors.Count), link.Name, link.Url);
        }

        return byline;
    }

    /// <summary>What comes before the name at <paramref name="index"/> of <paramref name="count"/> in an English list.</summary>
    public static string Separator(int index, int count) => index == 0 ? string.Empty : index == count - 1 ? " and " : ", ";

    public AuthorPageView AuthorPage(Author author, IReadOnlyList<Article> pageArticles, PagerView pager) => new(
        author.Name,
        author.Slug,
        author.Role,
        author.Bio is { } bio ? _bios.GetOrAdd(author.Slug, _ => new SafeHtml(BioRenderer().ToHtml(bio))) : null,
        author.Links.Select(l => new LinkView(l.Name, l.Url.AbsoluteUri)).ToArray(),
        author.Email,
        author.Email is { } email ? "mailto:" + email : null,
        _urls.Link(Routes.AuthorFeed(author.Slug)),
        pageArticles.Select(a => Card(a)).ToArray(),
        pager);

    public MetaView AuthorMeta(Author author, int page) =>
        Meta(page == 1 ? author.Name : $"{author.Name}, page {page}", AuthorText.Describe(author, _model.Config.Title),
            Routes.Author(author.Slug, page), "author") with
        {
            Feeds = [new LinkView(author.Name, _urls.Link(Routes.AuthorFeed(author.Slug)))],
            JsonLdHtml = _jsonLd.Author(author),
        };

    private Dictionary<string, LinkView> AuthorLinks() => LazyInitializer.EnsureInitialized(ref _authorLinks, () =>
        _model.Authors.Values.ToDictionary(a => a.Slug, a => new LinkView(a.Name, _urls.Link(Routes.Author(a.Slug))), StringComparer.Ordinal));

    private MarkdownRenderer BioRenderer() => LazyInitializer.EnsureInitialized(ref _bioRenderer, () => new MarkdownRenderer(_model.Config.BasePath));
}

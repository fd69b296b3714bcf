using Briefing.Model;
using Briefing.Rendering.Views;

namespace Briefing.Rendering;

/// <summary>The <c>meta</c> of each page kind: titles, descriptions, social-card dates, feed autodiscovery, JSON-LD.</summary>
public sealed partial class ViewFactory
{
    private static readonly IReadOnlyList<LinkView> NoFeeds = [];

    /// <summary>A page's <c>meta</c> without feeds of its own or structured data (indexes, the feeds page, 404).</summary>
    public MetaView Meta(string title, string description, string route, string kind, bool noIndex = false) =>
        new(title == _model.Config.Title ? title : $"{title} – {_model.Config.Title}", description, _urls.Absolute(route), kind, noIndex,
            title, null, null, NoFeeds, null) { Image = _socialCards.GetValueOrDefault(route) };

    /// <summary>The social card of a list's first page, which its later pages share.</summary>
    private SocialCardView? FirstPageCard(string route) => _socialCards.GetValueOrDefault(route);

    public MetaView HomeMeta(int page) => page == 1
        ? Meta(_model.Config.Title, _model.Config.Description, Routes.Home(), "home") with { JsonLdHtml = _jsonLd.WebSite() }
        : Meta($"Latest briefings, page {page}", _model.Config.Description, Routes.Home(page), "home") with { Image = FirstPageCard(Routes.Home()) };

    /// <summary>A briefing: published and modified times, its companies' and people's feeds, a NewsArticle.</summary>
    public MetaView ArticleMeta(Article article)
    {
        var feeds = new LinkView[article.Companies.Count + article.People.Count];
        var i = 0;
        foreach (var slug in article.Companies)
        {
            feeds[i++] = _companyFeeds[slug];
        }

        foreach (var slug in article.People)
        {
            feeds[i++] = _personFeeds[slug];
        }

        return Meta(article.Title, article.Summary, article.Url, "article", article.Draft) with
        {
            PublishedIso = article.Date.ToIso(),
            ModifiedIso = (article.Updated ?? article.Date).ToIso(),
            Feeds = feeds,
            JsonLdHtml = _jsonLd.Article(article, Pictures),
            Author = article.Authors.Count == 0 ? null : string.Concat(Byline(article).Select(a => a.Before + a.Name)),
        };
    }

    public MetaView CompanyMeta(Company company, int page) =>
        Meta(Titled(company.Name, page), EntityText.Describe(company), Routes.Company(company.Slug, page), "company") with
        {
            Feeds = [_companyFeeds[company.Slug]],
            JsonLdHtml = _jsonLd.Company(company),
            Image = FirstPageCard(Routes.Company(company.Slug)),
        };

    public MetaView PersonMeta(Person person, int page) =>
        Meta(Titled(person.Name, page), EntityText.Describe(person), Routes.Person(person.Slug, page), "person") with
        {
            Feeds = [_personFeeds[person.Slug]],
            JsonLdHtml = _jsonLd.Person(person),
            Image = FirstPageCard(Routes.Person(person.Slug)),
        };

    public MetaView TagMeta(Tag tag, int page) =>
        Meta(Titled(EntityText.Title(tag), page), EntityText.Describe(tag), Routes.Tag(tag.Slug, page), "tag") with
        {
            Feeds = [_tagFeeds[tag.Slug]],
            Image = FirstPageCard(Routes.Tag(tag.Slug)),
        };

    private static string Titled(string name, int page) => page == 1 ? name : $"{name}, page {page}";
}

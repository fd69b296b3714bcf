using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>
/// Every feed of the site: the site-wide one and one RSS feed per company (its subsidiaries' briefings included),
/// person and tag, each entity list A–Z by name (then slug) as the <c>/feeds/</c> page shows them, and the moves
/// feed (one item per talent move, written by <see cref="MovesFeedWriter"/>).
/// </summary>
internal sealed record FeedCatalog(FeedChannel Site, IReadOnlyList<FeedChannel> Companies, IReadOnlyList<FeedChannel> People, IReadOnlyList<FeedChannel> Tags,
    FeedChannel Moves)
{
    /// <summary>One RSS feed per author, A–Z by name (then slug); empty without an author registry.</summary>
    public IReadOnlyList<FeedChannel> Authors { get; init; } = [];

    /// <summary>Every RSS feed: the site's, the moves feed, then companies, people, tags, authors and corrections.</summary>
    public IEnumerable<FeedChannel> RssFeeds => [Site, Moves, .. Companies, .. People, .. Tags, .. Authors, .. Corrections is null ? [] : new[] { Corrections }];

    /// <summary>The corrections feed (one item per correction, written by <see cref="CorrectionsFeedWriter"/>).</summary>
    public FeedChannel? Corrections { get; init; }

    public static FeedCatalog Plan(SiteModel model)
    {
        var config = model.Config;
        var limit = config.FeedItems;
        var site = new FeedChannel(Routes.Feed, config.Title, config.Title, config.Description, Routes.Home(), Newest(model.Articles, limit));
        return new FeedCatalog(
            site,
            Sorted(model.Companies.Values.Select(c => (c.Slug, Channel(model, c)))),
            Sorted(model.People.Values.Select(p => (p.Slug, Channel(model, p)))),
            Sorted(model.Tags.Values.Select(t => (t.Slug, Channel(model, t)))),
            new FeedChannel(Routes.MovesFeed, "Talent moves", $"Talent moves – {config.Title}",
                "Every talent move the briefings report, one item per move: who left, who joined, who was promoted or poached.",
                Routes.MovesIndex, SiteModel.NoArticles, model.Moves.Count <= limit ? model.Moves : model.Moves.Take(limit).ToArray()))
        {
            Authors = Sorted(model.Authors.Values.Select(a => (a.Slug, new FeedChannel(Routes.AuthorFeed(a.Slug), a.Name, $"{a.Name} – {config.Title}",
                AuthorText.Describe(a, config.Title), Routes.Author(a.Slug), Newest(Lookup(model.ArticlesByAuthor, a.Slug), limit))))),
            Corrections = CorrectionsChannel(model, limit),
        };
    }

    /// <summary>The feed of <paramref name="company"/>'s briefings (its subsidiaries' included).</summary>
    public static FeedChannel Channel(SiteModel model, Company company) =>
        new(Routes.CompanyFeed(company.Slug), company.Name, $"{company.Name} – {model.Config.Title}", EntityText.Describe(company),
            Routes.Company(company.Slug), Newest(Lookup(model.ArticlesByCompany, company.Slug), model.Config.FeedItems));

    /// <summary>The feed of <paramref name="person"/>'s briefings.</summary>
    public static FeedChannel Channel(SiteModel model, Person person) =>
        new(Routes.PersonFeed(person.Slug), person.Name, $"{person.Name} – {model.Config.Title}", EntityText.Describe(person),
            Routes.Person(person.Slug), Newest(Lookup(model.ArticlesByPerson, person.Slug), model.Config.FeedItems));

    /// <summary>The feed of <paramref name="tag"/>'s briefings.</summary>
    public static FeedChannel Channel(SiteModel model, Tag tag) =>
        new(Routes.TagFeed(tag.Slug), tag.Name, $"{tag.Name} – {model.Config.Title}", EntityText.Describe(tag),
            Routes.Tag(tag.Slug), Newest(Lookup(model.ArticlesByTag, tag.Slug), model.Config.FeedItems));

    private static FeedChannel CorrectionsChannel(SiteModel model, int limit)
    {
        var notices = CorrectionNotice.All(model.Articles);
        var shown = notices.Count <= limit ? notices : notices.Take(limit).ToArray();
        return new FeedChannel(Routes.CorrectionsFeed, "Corrections", $"Corrections – {model.Config.Title}",
            "Every correction and update made to a briefing after it was published, one item per correction.",
            Routes.CorrectionsIndex, shown.Select(n => n.Article).Distinct().ToArray(), Corrections: shown);
    }

    /// <summary>The model's lists are newest first already: a feed takes the head (all of it when shorter).</summary>
    private static IReadOnlyList<Article> Newest(IReadOnlyList<Article> articles, int limit) =>
        articles.Count <= limit ? articles : articles.Take(limit).ToArray();

    private static IReadOnlyList<Article> Lookup(IReadOnlyDictionary<string, IReadOnlyList<Article>> index, string slug) =>
        index.TryGetValue(slug, out var list) ? list : SiteModel.NoArticles;

    private static FeedChannel[] Sorted(IEnumerable<(string Slug, FeedChannel Channel)> channels) => channels
        .OrderBy(c => c.Channel.Name, StringComparer.InvariantCultureIgnoreCase)
        .ThenBy(c => c.Slug, StringComparer.Ordinal)
        .Select(c => c.Channel)
        .ToArray();
}

using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>Lists every HTML page of the site, in a fixed order.</summary>
internal static partial class PagePlanner
{
    /// <param name="withFeedsPage">Whether the theme has a <c>feeds</c> layout for <see cref="Routes.FeedsPage"/>.</param>
    /// <param name="withSearchPage">Whether the theme has a <c>search</c> layout for <see cref="Routes.Search"/>.</param>
    /// <param name="digest">The weekly digest when the theme has its layouts (<c>digest</c>, <c>edition</c>); null: no digest pages.</param>
    /// <param name="withSubscribePage">Whether the theme has a <c>subscribe</c> layout for <see cref="Routes.Subscribe"/>.</param>
    public static List<PageJob> Plan(SiteModel model, bool withFeedsPage = true, bool withSearchPage = false, DigestPlan? digest = null,
        bool withSubscribePage = false)
    {
        var perPage = model.Config.PerPage;
        PublishDate? newest = model.Articles.Count > 0 ? model.Articles.Max(a => a.Updated ?? a.Date) : null;

        // Five parts planned side by side (a rebuild's plan is on its critical path), joined in this fixed order.
        List<PageJob> briefings = [], companies = [], people = [], listings = [], jobs = [];
        Parallel.Invoke(
            () =>
            {
                AddPaged(briefings, model.Articles, perPage, Routes.Home, "home", (v, items, pager) => (v.HomeMeta(pager.Page), v.HomePage(items, pager)));
                foreach (var article in model.Articles)
                {
                    briefings.Add(new PageJob(article.Url, "article", article.Updated ?? article.Date, v =>
                        (v.ArticleMeta(article), v.ArticlePage(article)), Body: article));
                }

                foreach (var page in model.Pages)
                {
                    briefings.Add(new PageJob(page.Url, "page", page.Updated, v => (v.StandaloneMeta(page), v.StandalonePage(page)), Standalone: page));
                }
            },
            () =>
            {
                foreach (var company in model.Companies.Values.OrderBy(c => c.Slug, StringComparer.Ordinal))
                {
                    AddCompany(companies, model, company);
                }
            },
            () =>
            {
                foreach (var person in model.People.Values.OrderBy(p => p.Slug, StringComparer.Ordinal))
                {
                    AddPerson(people, model, person);
                }
            },
            () => Listings(listings, model, newest),
            () => Rest(jobs, model, newest, withFeedsPage, withSearchPage, digest, withSubscribePage));

        return [.. briefings, .. companies, .. people, .. listings, .. jobs];
    }

    /// <summary>The pages after the briefings', the companies' and the people's: tags, authors and moves.</summary>
    private static void Listings(List<PageJob> jobs, SiteModel model, PublishDate? newest)
    {
        foreach (var tag in model.Tags.Values.OrderBy(t => t.Slug, StringComparer.Ordinal))
        {
            AddTag(jobs, model, tag);
        }

        AddAuthorPages(jobs, model, newest);
        AddMovesPages(jobs, model.Moves, null);
        foreach (var kind in MoveKinds.All)
        {
            AddMovesPages(jobs, model.Moves.Where(m => m.Move.Kind == kind).ToArray(), kind);
        }
    }

    /// <summary>The pages after those of <see cref="Listings"/>: indexes, archives, corrections and the site's own pages.</summary>
    private static void Rest(List<PageJob> jobs, SiteModel model, PublishDate? newest, bool withFeedsPage, bool withSearchPage, DigestPlan? digest,
        bool withSubscribePage)
    {
        jobs.Add(new PageJob(Routes.CompaniesIndex, "index", newest, v =>
            (v.Meta("Companies", "Every company in the briefings, A to Z.", Routes.CompaniesIndex, "index"),
             v.IndexPage("Companies", "Every company the briefings cover, A to Z, with the number of briefings that mention it.",
                 model.Companies.Values.Select(c => (c.Name, Routes.Company(c.Slug), Lookup(model.ArticlesByCompany, c.Slug).Count,
                     c.Parent is { } parent ? $"part of {model.Companies[parent].Name}" : null))))));

        jobs.Add(new PageJob(Routes.PeopleIndex, "index", newest, v =>
            (v.Meta("People", "Every person in the briefings, A to Z.", Routes.PeopleIndex, "index"),
             v.IndexPage("People", "Everyone the briefings mention, A to Z, with the number of briefings that mention them.",
                 model.People.Values.Select(p => (p.Name, Routes.Person(p.Slug), Lookup(model.ArticlesByPerson, p.Slug).Count, (string?)null))))));

        jobs.Add(new PageJob(Routes.TagsIndex, "index", newest, v =>
            (v.Meta("Tags", "Every tag, A to Z.", Routes.TagsIndex, "index"),
             v.IndexPage("Tags", "Every topic the briefings are tagged with, A to Z.",
                 model.Tags.Values.Select(t => (t.Name, Routes.Tag(t.Slug), Lookup(model.ArticlesByTag, t.Slug).Count, (string?)null))))));

        ArchivePlanner.Add(jobs, model);
        CorrectionsPlanner.Add(jobs, CorrectionNotice.All(model.Articles));

        if (withFeedsPage)
        {
            jobs.Add(new PageJob(Routes.FeedsPage, "feeds", newest, v =>
                (v.Meta("Feeds", "Every feed of the site: all briefings, or one company, person or tag, in RSS, Atom and JSON Feed.",
                    Routes.FeedsPage, "feeds"), v.FeedsPage())));
        }

        if (digest is not null)
        {
            AddDigestPages(jobs, model, digest);
        }

        if (withSubscribePage)
        {
            jobs.Add(new PageJob(Routes.Subscribe, "subscribe", null, v => (v.SubscribeMeta(), v.SubscribePage())));
        }

        if (withSearchPage)
        {
            jobs.Add(new PageJob(Routes.Search, "search", null, v => (v.SearchMeta(), v.SearchPage())));
        }

        jobs.Add(new PageJob(Routes.NotFound, "404", null, v =>
            (v.Meta("Page not found", "This page does not exist.", Routes.NotFound, "not-found", noIndex: true),
             new Rendering.Views.NotFoundPageView(model.Articles.Take(5).Select(a => v.Card(a)).ToArray()))));
    }

    /// <summary>Every page of <paramref name="company"/> (its list, paginated), as the site's plan has them.</summary>
    public static void AddCompany(List<PageJob> jobs, SiteModel model, Company company)
    {
        var articles = Lookup(model.ArticlesByCompany, company.Slug);
        var moves = Lookup(model.MovesByCompany, company.Slug);
        AddPaged(jobs, articles, model.Config.PerPage, p => Routes.Company(company.Slug, p), "company", (v, items, pager) =>
            (v.CompanyMeta(company, pager.Page), v.CompanyPage(company, items, pager, moves)));
    }

    /// <summary>Every page of <paramref name="person"/> (their list, paginated), as the site's plan has them.</summary>
    public static void AddPerson(List<PageJob> jobs, SiteModel model, Person person)
    {
        var articles = Lookup(model.ArticlesByPerson, person.Slug);
        var moves = Lookup(model.MovesByPerson, person.Slug);
        AddPaged(jobs, articles, model.Config.PerPage, p => Routes.Person(person.Slug, p), "person", (v, items, pager) =>
            (v.PersonMeta(person, pager.Page), v.PersonPage(person, items, pager, moves)));
    }

    /// <summary>Every page of <paramref name="tag"/> (its list, paginated), as the site's plan has them.</summary>
    public static void AddTag(List<PageJob> jobs, SiteModel model, Tag tag) =>
        AddPaged(jobs, Lookup(model.ArticlesByTag, tag.Slug), model.Config.PerPage, p => Routes.Tag(tag.Slug, p), "tag", (v, items, pager) =>
            (v.TagMeta(tag, pager.Page), v.TagPage(tag, items, pager)));

    private static IReadOnlyList<T> Lookup<T>(IReadOnlyDictionary<string, IReadOnlyList<T>> index, string key) =>
        index.TryGetValue(key, out var list) ? list : [];

    /// <summary><c>/moves/</c> or one kind's filter page, paginated; a kind without moves still gets its (empty) first page.</summary>
    private static void AddMovesPages(List<PageJob> jobs, IReadOnlyList<MoveReport> moves, MoveKind? kind)
    {
        var perPage = Rendering.Views.MovesPageView.PerPage;
        var totalPages = Math.Max(1, (moves.Count + perPage - 1) / perPage);
        for (var page = 1; page <= totalPages; page++)
        {
            var p = page;
            PublishDate? lastModified = moves.Count == 0 ? null
                : Latest(moves, (p - 1) * perPage, perPage, m => m.Latest.Updated ?? m.Latest.Date);
            jobs.Add(new PageJob(Routes.Moves(kind, p), "moves", lastModified, v =>
            {
                var items = moves.Skip((p - 1) * perPage).Take(perPage).ToArray();
                return (v.MovesMeta(kind, p), v.MovesPage(kind, items, v.Pager(n => Routes.Moves(kind, n), p, totalPages, moves.Count)));
            }));
        }
    }

    private static void AddPaged(List<PageJob> jobs, IReadOnlyList<Article> articles, int perPage, Func<int, string> routeOf, string layout,
        Func<ViewFactory, IReadOnlyList<Article>, Rendering.Views.PagerView, (Rendering.Views.MetaView, object)> build)
    {
        var totalPages = Math.Max(1, (articles.Count + perPage - 1) / perPage);
        for (var page = 1; page <= totalPages; page++)
        {
            var p = page;
            PublishDate? lastModified = articles.Count == 0 ? null
                : Latest(articles, (p - 1) * perPage, perPage, a => a.Updated ?? a.Date);
            jobs.Add(new PageJob(routeOf(p), layout, lastModified, v =>
            {
                var items = articles.Skip((p - 1) * perPage).Take(perPage).ToArray();
                return build(v, items, v.Pager(routeOf, p, totalPages, articles.Count));
            }));
        }
    }

    /// <summary>
    /// The latest date of items [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>) (at least
    /// one): the first of equal dates, as LINQ's Max gives. A loop over the list: every page of every company, person
    /// and tag asks it when a rebuild plans the site.
    /// </summary>
    private static PublishDate Latest<T>(IReadOnlyList<T> items, int start, int count, Func<T, PublishDate> dateOf)
    {
        var end = Math.Min(items.Count, start + count);
        var latest = dateOf(items[start]);
        for (var i = start + 1; i < end; i++)
        {
            var date = dateOf(items[i]);
            if (date.CompareTo(latest) > 0)
            {
                latest = date;
            }
        }

        return latest;
    }
}

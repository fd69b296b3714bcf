using System.Collections.Concurrent;
using Briefing.Model;
using Briefing.Rendering.Views;

namespace Briefing.Rendering;

/// <summary>Projects the domain model into the view records templates see. Pure; safe to call from many threads.</summary>
public sealed partial class ViewFactory
{
    private readonly SiteModel _model;
    private readonly SiteUrls _urls;
    private readonly IReadOnlyList<string> _bodies;
    private readonly Dictionary<string, LinkView> _companyLinks;
    private readonly Dictionary<string, LinkView> _personLinks;
    private readonly Dictionary<string, LinkView> _tagLinks;
    private readonly Dictionary<string, LinkView> _companyFeeds;
    private readonly Dictionary<string, LinkView> _personFeeds;
    private readonly Dictionary<string, LinkView> _tagFeeds;
    private readonly JsonLd _jsonLd;
    private readonly Dictionary<string, MoveReport> _reports;
    private readonly Lazy<RelatedArticles> _related;
    private readonly Lazy<TalentFlowPanelView?> _talentFlow;
    private readonly Lazy<ChartView?> _flowChart;
    private readonly Lazy<IReadOnlyList<MoveFilterView>> _moveCounts;
    private readonly ConcurrentDictionary<string, CompanyMoves> _companyMoves = new(StringComparer.Ordinal);
    private readonly ArticleCardView?[] _cards;
    private readonly ConcurrentDictionary<MoveReport, MoveView> _moves = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<int, LinkView[]> _breadcrumbs = new();
    private readonly IReadOnlyDictionary<string, SocialCardView> _socialCards = new Dictionary<string, SocialCardView>(StringComparer.Ordinal);

    /// <summary>The processed images (heroes, logos, photos); none unless the build sets them.</summary>
    public PictureHtml Pictures { get; init; } = PictureHtml.None;

    /// <param name="bodies">Rendered Markdown of each article, in <see cref="SiteModel.Articles"/> order.</param>
    public ViewFactory(SiteModel model, SiteUrls urls, IReadOnlyList<string> bodies, string stylesheetRoute)
    {
        _model = model;
        _urls = urls;
        _bodies = bodies;
        _companyLinks = model.Companies.Values.ToDictionary(c => c.Slug, c => new LinkView(c.Name, urls.Link(Routes.Company(c.Slug))), StringComparer.Ordinal);
        _personLinks = model.People.Values.ToDictionary(p => p.Slug, p => new LinkView(p.Name, urls.Link(Routes.Person(p.Slug))), StringComparer.Ordinal);
        _tagLinks = model.Tags.Values.ToDictionary(t => t.Slug, t => new LinkView(t.Name, urls.Link(Routes.Tag(t.Slug))), StringComparer.Ordinal);
        _companyFeeds = model.Companies.Values.ToDictionary(c => c.Slug, c => new LinkView(c.Name, urls.Link(Routes.CompanyFeed(c.Slug))), StringComparer.Ordinal);
        _personFeeds = model.People.Values.ToDictionary(p => p.Slug, p => new LinkView(p.Name, urls.Link(Routes.PersonFeed(p.Slug))), StringComparer.Ordinal);
        _tagFeeds = model.Tags.Values.ToDictionary(t => t.Slug, t => new LinkView(t.Name, urls.Link(Routes.TagFeed(t.Slug))), StringComparer.Ordinal);
        _jsonLd = new JsonLd(model, urls);
        _reports = model.Moves.ToDictionary(r => r.Move.Key, StringComparer.Ordinal);
        _talentFlow = new Lazy<TalentFlowPanelView?>(BuildTalentFlowPanel);
        _related = new Lazy<RelatedArticles>(() => new RelatedArticles(model));
        _flowChart = new Lazy<ChartView?>(BuildFlowChart);
        _moveCounts = new Lazy<IReadOnlyList<MoveFilterView>>(CountMovesByKind);
        _cards = new ArticleCardView?[model.Articles.Count];
        _pageMarkdown = new Lazy<MarkdownRenderer>(() => new MarkdownRenderer(model.Config.BasePath));

        var config = model.Config;
        Site = new SiteView(config.Title, config.Description, config.Language, config.Language.Replace('-', '_'), config.Author,
            config.BaseUrl.AbsoluteUri, urls.Link("/"), urls.Link(Routes.CompaniesIndex), urls.Link(Routes.PeopleIndex),
            urls.Link(Routes.TagsIndex), urls.Link(Routes.Feed), urls.Link(Routes.AtomFeed), urls.Link(Routes.JsonFeed),
            urls.Link(Routes.FeedsPage), urls.Link(Routes.FeedsOpml), urls.Link(stylesheetRoute),
            urls.Link(Routes.MovesIndex), urls.Link(Routes.MovesFeed), urls.Link(Routes.Search),
            urls.Link(Routes.ArchiveIndex), urls.Link(Routes.CorrectionsIndex),
            MenuLinks(MenuNames.Main), MenuLinks(MenuNames.Footer))
        {
            AuthorsUrl = model.Authors.Count > 0 ? urls.Link(Routes.AuthorsIndex) : null,
            DigestUrl = urls.Link(Routes.DigestIndex),
            SubscribeUrl = urls.Link(Routes.Subscribe),
        };
    }

    /// <summary>
    /// This factory with other bodies (in <see cref="SiteModel.Articles"/> order), sharing everything else it has worked
    /// out (related briefings, charts, each company's moves): the build's page keys see stand-ins for bodies.
    /// </summary>
    public ViewFactory WithBodies(IReadOnlyList<string> bodies) => new(this, bodies, null);

    /// <summary>
    /// This factory after body edits (serve's quick path): <paramref name="bodies"/> hold the new bodies, and a briefing
    /// page of a key of <paramref name="edited"/> shows the value (the same briefing, same front matter, its new body's
    /// word count); everything else is as this factory has it.
    /// </summary>
    public ViewFactory WithEdits(IReadOnlyList<string> bodies, IReadOnlyDictionary<Article, Article> edited) => new(this, bodies, edited);

    private readonly IReadOnlyDictionary<Article, Article>? _edited;

    private ViewFactory(ViewFactory other, IReadOnlyList<string> bodies, IReadOnlyDictionary<Article, Article>? edited)
    {
        _edited = edited;
        _model = other._model;
        _urls = other._urls;
        _bodies = bodies;
        Pictures = other.Pictures;
        _companyLinks = other._companyLinks;
        _personLinks = other._personLinks;
        _tagLinks = other._tagLinks;
        _companyFeeds = other._companyFeeds;
        _personFeeds = other._personFeeds;
        _tagFeeds = other._tagFeeds;
        _jsonLd = other._jsonLd;
        _reports = other._reports;
        _talentFlow = other._talentFlow;
        _related = other._related;
        _flowChart = other._flowChart;
        _moveCounts = other._moveCounts;
        _companyMoves = other._companyMoves;
        _cards = other._cards;
        _moves = other._moves;
        _breadcrumbs = other._breadcrumbs;
        _pageMarkdown = other._pageMarkdown;
        _socialCards = other._socialCards;
        Site = other.Site;
    }

    /// <summary>The social card of each page that has one, by the route of the page (page one of a list).</summary>
    public IReadOnlyDictionary<string, SocialCardView> SocialCards { get => _socialCards; init => _socialCards = value; }

    public SiteView Site { get; }

    /// <summary>Works out now what briefing pages need on first use (related briefings), so that a later page renders at once.</summary>
    public void Prime() => _ = _related.Value;

    public SiteUrls Urls => _urls;

    public LinkView CompanyLink(string slug) => _companyLinks[slug];

    public LinkView PersonLink(string slug) => _personLinks[slug];

    /// <summary>A briefing's card; one without <paramref name="via"/> is made once and shared by every list that shows it.</summary>
    public ArticleCardView Card(Article article, string? via = null)
    {
        if (via is not null)
        {
            return NewCard(article, via);
        }

        var position = _model.PositionOf(article);
        return Volatile.Read(ref _cards[position]) ?? Interlocked.CompareExchange(ref _cards[position], NewCard(article, null), null) ?? _cards[position]!;
    }

    private ArticleCardView NewCard(Article article, string? via) => new(
        article.Title,
        _urls.Link(article.Url),
        DisplayDates.Iso(article.Date),
        DisplayDates.Human(article.Date),
        article.Summary,
        article.Companies.Select(CompanyLink).ToArray(),
        article.People.Select(PersonLink).ToArray(),
        article.Tags.Select(t => _tagLinks[t]).ToArray(),
        via,
        article.Draft,
        ReadingTime.Minutes(article.WordCount))
    {
        Authors = Byline(article),
    };

    public ArticlePageView ArticlePage(Article article)
    {
        var index = _model.PositionOf(article);
        var related = _related.Value.For(article);
        if (_edited is not null && _edited.TryGetValue(article, out var edited))
        {
            article = edited;
        }

        var older = index + 1 < _model.Articles.Count ? _model.Articles[index + 1] : null;
        var newer = index > 0 ? _model.Articles[index - 1] : null;
        return new ArticlePageView(
            article.Title,
            _urls.Link(article.Url),
            DisplayDates.Iso(article.Date),
            DisplayDates.Human(article.Date),
            article.Updated is { } u ? DisplayDates.Iso(u) : null,
            article.Updated is { } u2 ? DisplayDates.Human(u2) : null,
            article.Summary,
            new SafeHtml(_bodies[index]),
            article.Companies.Select(CompanyLink).ToArray(),
            article.People.Select(PersonLink).ToArray(),
            article.Tags.Select(t => _tagLinks[t]).ToArray(),
            article.Moves.Select(m => _reports.TryGetValue(m.Key, out var r) ? Move(r) : NewMove(new MoveReport(m, article))).ToArray(),
            article.Sources.Select(s => new SourceView(s.Name, s.Url?.AbsoluteUri)).ToArray(),
            older is null ? null : new LinkView(older.Title, _urls.Link(older.Url)),
            newer is null ? null : new LinkView(newer.Title, _urls.Link(newer.Url)),
            article.Draft,
            related.Select(a => Card(a)).ToArray(),
            Corrections(article),
            article.WordCount,
            ReadingTime.Minutes(article.WordCount),
            Contents(_bodies[index]),
            ArticleBreadcrumbs(article))
        {
            Authors = Byline(article), HeroHtml = Pictures.Figure(article.Image, hero: true, "hero", searchThumbnail: true),
        };
    }

    /// <summary>
    /// A move's row, made once per report of the site's moves and shared by every page that lists it (its briefings,
    /// its edition, its companies and the moves pages): a week's edition lists ~50 of them at 10,000 briefings.
    /// </summary>
    public MoveView Move(MoveReport report) => _moves.GetOrAdd(report, static (r, self) => self.NewMove(r), this);

    private MoveView NewMove(MoveReport report)
    {
        var m = report.Move;
        return new MoveView(
            MoveKinds.Name(m.Kind),
            MoveKinds.Label(m.Kind),
            m.Person is null ? null : PersonLink(m.Person),
            m.Person is null ? $"{m.Count} {m.Who}" : null,
            CompanyLink(m.From),
            m.To is null ? null : CompanyLink(m.To),
            m.Role,
            DisplayDates.Iso(m.Date),
            DisplayDates.Human(m.Date),
            ArticleLink(report.Article),
            report.Articles.Count == 1 ? [ArticleLink(report.Article)] : report.Articles.Select(ArticleLink).ToArray());
    }

    public LinkView ArticleLink(Article article) => new(article.Title, _urls.Link(article.Url));

    /// <summary>A pager for page <paramref name="page"/> of a list at <paramref name="listRoute"/>: first, last, and two either side.</summary>
    public PagerView Pager(Func<int, string> routeOf, int page, int totalPages, int totalItems)
    {
        var links = new List<PagerLinkView>();
        var lastShown = 0;
        for (var n = 1; n <= totalPages; n++)
        {
            if (n != 1 && n != totalPages && Math.Abs(n - page) > 2)
            {
                continue;
            }

            if (n - lastShown > 1)
            {
                links.Add(new PagerLinkView(0, null, false));
            }

            links.Add(new PagerLinkView(n, _urls.Link(routeOf(n)), n == page));
            lastShown = n;
        }

        return new PagerView(page, totalPages, totalItems,
            page > 1 ? _urls.Link(routeOf(page - 1)) : null,
            page < totalPages ? _urls.Link(routeOf(page + 1)) : null,
            links);
    }
}

namespace Briefing.Model;

/// <summary>
/// The whole site after loading: every briefing newest first, the registries, and the indexes pages need.
/// Immutable; built once by <c>Content.SiteAssembler</c>.
/// </summary>
/// <param name="Moves">Every talent move once (duplicate reports merged), newest first.</param>
/// <param name="MovesByCompany">A company's moves, its subsidiaries' (at any depth) included, newest first.</param>
/// <param name="MovesByPerson">A person's moves, oldest first (their timeline).</param>
public sealed record SiteModel(
    SiteConfig Config,
    IReadOnlyList<Article> Articles,
    IReadOnlyDictionary<string, Company> Companies,
    IReadOnlyDictionary<string, Person> People,
    IReadOnlyDictionary<string, Tag> Tags,
    IReadOnlyDictionary<string, IReadOnlyList<Article>> ArticlesByCompany,
    IReadOnlyDictionary<string, IReadOnlyList<Article>> ArticlesByPerson,
    IReadOnlyDictionary<string, IReadOnlyList<Article>> ArticlesByTag,
    IReadOnlyList<MoveReport> Moves,
    IReadOnlyDictionary<string, IReadOnlyList<MoveReport>> MovesByCompany,
    IReadOnlyDictionary<string, IReadOnlyList<MoveReport>> MovesByPerson,
    IReadOnlyDictionary<string, IReadOnlyList<Company>> Subsidiaries)
{
    public static readonly IReadOnlyList<Article> NoArticles = [];

    /// <summary>The published standalone pages (<c>content/pages/</c>), by slug (ordinal).</summary>
    public IReadOnlyList<Page> Pages { get; init; } = [];

    /// <summary>Every menu entry (pages' <c>menu:</c> and site.yml's <c>menus:</c>), each menu in <see cref="MenuItem.Compare"/> order.</summary>
    public IReadOnlyList<MenuItem> Menus { get; init; } = [];
    public static readonly IReadOnlyList<MoveReport> NoMoves = [];
    public static readonly IReadOnlyList<Company> NoCompanies = [];

    /// <summary>The weekly digest's intros and running week (<see cref="Model.Digest"/>).</summary>
    public Digest Digest { get; init; } = Digest.None;

    /// <summary>The author registry (<c>content/authors/</c>), by slug.</summary>
    public IReadOnlyDictionary<string, Author> Authors { get; init; } = new Dictionary<string, Author>(StringComparer.Ordinal);

    /// <summary>Each author's briefings (bylines, default authors included), newest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Article>> ArticlesByAuthor { get; init; } =
        new Dictionary<string, IReadOnlyList<Article>>(StringComparer.Ordinal);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Article>, Dictionary<Article, int>> PositionMaps = new();

    /// <summary>
    /// The index of <paramref name="article"/> in <see cref="Articles"/> (newest first), by reference: one map per
    /// article list, built on first use and shared by everything that renders this model.
    /// </summary>
    public int PositionOf(Article article) => PositionMap()[article];

    /// <summary>Each article's index in <see cref="Articles"/> (by reference), for callers that look up many.</summary>
    internal Dictionary<Article, int> PositionMap() => PositionMaps.GetValue(Articles, static articles =>
    {
        var map = new Dictionary<Article, int>(articles.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Count; i++)
        {
            map[articles[i]] = i;
        }

        return map;
    });

    /// <summary>Every image file the site shows (heroes, body images, logos, photos), relative to the site root, ordinal, once each.</summary>
    public IReadOnlyList<string> ImageSources { get; init; } = [];

    /// <summary>The day "now" means on the site: the newest briefing's date (never the wall clock), so output stays deterministic.</summary>
    public DateOnly AsOf => Articles.Count > 0 ? Articles[0].Date.Day : DateOnly.MinValue;
}

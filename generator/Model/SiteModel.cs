namespace Briefing.Model;

/// <summary>
/// The whole site after loading: every briefing newest first, the registries, and the indexes pages need.
/// Immutable; built once by <c>Content.SiteAssembler</c>.
/// </summary>
public sealed record SiteModel(
    SiteConfig Config,
    IReadOnlyList<Article> Articles,
    IReadOnlyDictionary<string, Company> Companies,
    IReadOnlyDictionary<string, Person> People,
    IReadOnlyDictionary<string, Tag> Tags,
    IReadOnlyDictionary<string, IReadOnlyList<Article>> ArticlesByCompany,
    IReadOnlyDictionary<string, IReadOnlyList<Article>> ArticlesByPerson,
    IReadOnlyDictionary<string, IReadOnlyList<Article>> ArticlesByTag,
    IReadOnlyDictionary<string, IReadOnlyList<MoveReport>> MovesByCompany,
    IReadOnlyDictionary<string, IReadOnlyList<MoveReport>> MovesByPerson,
    IReadOnlyDictionary<string, IReadOnlyList<Company>> Subsidiaries)
{
    public static readonly IReadOnlyList<Article> NoArticles = [];
    public static readonly IReadOnlyList<MoveReport> NoMoves = [];
    public static readonly IReadOnlyList<Company> NoCompanies = [];
}

using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// The registries of a site for commands that write content (<c>briefing new</c>): which slugs exist, and what an
/// unknown slug probably meant, with the loader's own "did you mean" logic. Problems inside registry files are
/// left to <c>briefing check</c>.
/// </summary>
public sealed class RegistryLookup
{
    private readonly ContentPaths _paths;
    private readonly HashSet<string> _companies;
    private readonly HashSet<string> _people;
    private readonly RegistryIndex _companyIndex;
    private readonly RegistryIndex _personIndex;
    private readonly IReadOnlyDictionary<string, Tag>? _tags;
    private readonly HashSet<string> _authors;
    private readonly RegistryIndex _authorIndex;

    private RegistryLookup(string siteRoot)
    {
        _paths = new ContentPaths(siteRoot);
        var ignored = new DiagnosticBag();
        var companies = RegistryLoader.LoadCompanies(_paths, SiteConfig.DefaultMaxFileBytes, ignored).Select(c => c.Company).ToArray();
        var people = RegistryLoader.LoadPeople(_paths, SiteConfig.DefaultMaxFileBytes, ignored);
        _companies = Slugs(_paths.Companies);
        _people = Slugs(_paths.People);
        _companyIndex = new RegistryIndex(companies.Select(c => (c.Slug, c.Name, c.Aliases)));
        _personIndex = new RegistryIndex(people.Select(p => (p.Slug, p.Name, p.Aliases)));
        _tags = RegistryLoader.LoadTags(_paths, SiteConfig.DefaultMaxFileBytes, ignored);
        var authors = RegistryLoader.LoadAuthors(_paths, SiteConfig.DefaultMaxFileBytes, ignored);
        _authors = Slugs(_paths.Authors);
        _authorIndex = new RegistryIndex(authors.Select(a => (a.Slug, a.Name, (IReadOnlyList<string>)[])));
    }

    public static RegistryLookup Load(string siteRoot) => new(siteRoot);

    public bool HasCompany(string slug) => _companies.Contains(slug);

    public bool HasPerson(string slug) => _people.Contains(slug);

    /// <summary>Whether <c>content/tags.yml</c> gives the tag a name (true when there is no such file: tags are free).</summary>
    public bool HasTag(string slug) => _tags is null || _tags.ContainsKey(slug);

    public bool HasAuthor(string slug) => _authors.Contains(slug);

    public string? SuggestAuthor(string wrong) => _authorIndex.Suggestion(wrong);

    public string? SuggestCompany(string wrong) => _companyIndex.Suggestion(wrong);

    public string? SuggestPerson(string wrong) => _personIndex.Suggestion(wrong);

    public string? SuggestTag(string wrong) => _tags is null ? null : Suggest.Closest(wrong, _tags.Keys.Order(StringComparer.Ordinal));

    private HashSet<string> Slugs(string folder) =>
        _paths.Enumerate(folder, "*.yml", recursive: false, new DiagnosticBag()).Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
}

using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// Resolves bylines against the author registry: each briefing's <c>authors</c> (or, when it names none, site.yml's
/// <c>default_authors</c>) must have a file in <c>content/authors/</c>, with "did you mean" otherwise; and an author
/// no byline names is reported once the content is valid.
/// </summary>
internal sealed class AuthorResolver
{
    private readonly IReadOnlyList<Author> _entries;
    private readonly IReadOnlyList<Located<string>> _defaults;
    private readonly RegistryIndex _index;
    private readonly IReadOnlyList<string> _defaultSlugs;

    public AuthorResolver(IReadOnlyList<Author> authors, IReadOnlyList<Located<string>> defaults)
    {
        _entries = authors;
        _defaults = defaults;
        Registry = authors.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        _index = new RegistryIndex(authors.Select(a => (a.Slug, a.Name, (IReadOnlyList<string>)[])));
        _defaultSlugs = defaults.Select(d => d.Value).ToArray();
    }

    /// <summary>A site without authors and defaults: every byline is empty.</summary>
    public static AuthorResolver None { get; } = new([], []);

    public IReadOnlyDictionary<string, Author> Registry { get; }

    /// <summary>Reports each of site.yml's <c>default_authors</c> that has no file.</summary>
    public void CheckDefaults(DiagnosticBag diagnostics)
    {
        foreach (var slug in _defaults)
        {
            Check(slug, "'default_authors'", diagnostics);
        }
    }

    /// <summary>Whether every author the briefing names exists; each that does not is reported at its line.</summary>
    public bool Check(ParsedArticle article, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var slug in article.Authors)
        {
            ok &= Check(slug, "this briefing's 'authors'", diagnostics);
        }

        return ok;
    }

    /// <summary>The byline of a briefing: its own authors, else the site's defaults (those that exist).</summary>
    public IReadOnlyList<string> For(ParsedArticle article) => article.Authors.Count > 0
        ? article.Authors.Select(a => a.Value).ToArray()
        : _defaultSlugs.Count == 0 ? [] : _defaultSlugs.Where(Registry.ContainsKey).ToArray();

    /// <summary>An author that no briefing's byline names (its own <c>authors</c>, or the defaults it falls back to).</summary>
    public void CheckUnused(IReadOnlyList<ParsedArticle> articles, DiagnosticBag diagnostics)
    {
        if (_entries.Count == 0)
        {
            return;
        }

        var named = new HashSet<string>(StringComparer.Ordinal);
        var anyDefault = false;
        foreach (var article in articles)
        {
            if (article.Authors.Count == 0)
            {
                anyDefault = true;
            }

            foreach (var slug in article.Authors)
            {
                named.Add(slug.Value);
            }
        }

        if (anyDefault)
        {
            named.UnionWith(_defaultSlugs);
        }

        foreach (var author in _entries.Where(a => !named.Contains(a.Slug)))
        {
            diagnostics.Warning(DiagnosticCodes.UnusedAuthor, SourceSpan.File(author.SourcePath),
                $"no briefing's byline names the author '{author.Slug}' ({author.Name}); list them in a briefing's 'authors' or in site.yml's 'default_authors', or remove this file");
        }
    }

    private bool Check(Located<string> slug, string where, DiagnosticBag diagnostics)
    {
        if (Registry.ContainsKey(slug.Value))
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.UnknownAuthor, slug.Span,
            $"unknown author '{slug.Value}' in {where}{_index.Hint(slug.Value, "content/authors/")}");
        return false;
    }
}

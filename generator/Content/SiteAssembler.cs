using Briefing.Model;

namespace Briefing.Content;

/// <summary>Resolves every slug against the registries and builds the indexes of the <see cref="SiteModel"/>.</summary>
internal sealed class SiteAssembler
{
    private readonly Dictionary<string, Company> _companies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> _people = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, Tag>? _tagRegistry;
    private readonly IReadOnlyList<CompanyEntry> _companyEntries;
    private readonly DiagnosticBag _diagnostics;
    private readonly RegistryIndex _companyIndex;
    private readonly RegistryIndex _personIndex;
    private readonly AuthorResolver _authors;
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

    public SiteAssembler(IReadOnlyList<CompanyEntry> companies, IReadOnlyList<Person> people,
        IReadOnlyDictionary<string, Tag>? tags, DiagnosticBag diagnostics, AuthorResolver? authors = null)
    {
        _authors = authors ?? AuthorResolver.None;
        _companyEntries = companies;
        foreach (var entry in companies)
        {
            _companies[entry.Company.Slug] = entry.Company;
        }

        foreach (var person in people)
        {
            _people[person.Slug] = person;
        }

        _tagRegistry = tags;
        _diagnostics = diagnostics;
        _companyIndex = new RegistryIndex(companies.Select(c => (c.Company.Slug, c.Company.Name, c.Company.Aliases)));
        _personIndex = new RegistryIndex(people.Select(p => (p.Slug, p.Name, p.Aliases)));
    }

    /// <summary>Valid briefings left out because they are drafts (the first count) or scheduled (the second).</summary>
    public (int Drafts, int Scheduled) LeftOut { get; private set; }

    /// <summary>The earliest date of the briefings left out as scheduled: when the site changes by itself next.</summary>
    public DateTimeOffset? NextScheduled { get; private set; }

    public SiteModel? Assemble(SiteConfig? config, IReadOnlyList<ParsedArticle> parsed, LoadOptions options)
    {
        CheckParents();
        _authors.CheckDefaults(_diagnostics);
        var articles = new List<Article>(parsed.Count);
        var (drafts, scheduled) = (0, 0);
        foreach (var p in parsed)
        {
            var article = Resolve(p);
            if (article is null)
            {
                continue;
            }

            if (options.Publishes(article.Draft, article.Date.Instant))
            {
                articles.Add(article);
            }
            else if (article.Draft && !options.IncludeDrafts)
            {
                drafts++;
            }
            else
            {
                scheduled++;
                NextScheduled = NextScheduled is { } next && next <= article.Date.Instant ? next : article.Date.Instant;
            }
        }

        LeftOut = (drafts, scheduled);

        CheckCollisions(parsed);
        if (config is null || _diagnostics.HasErrors)
        {
            return null;
        }

        articles.Sort(Article.CompareNewestFirst);
        return SiteIndexes.Build(config, articles, _companies, _people, _tagRegistry, _diagnostics, _authors.Registry);
    }

    private Article? Resolve(ParsedArticle p)
    {
        var ok = true;
        foreach (var c in p.Companies)
        {
            ok &= CheckCompany(c);
        }

        foreach (var person in p.People)
        {
            ok &= CheckPerson(person);
        }

        if (_tagRegistry is not null)
        {
            foreach (var tag in p.Tags.Where(t => !_tagRegistry.ContainsKey(t.Value)))
            {
                var hint = Suggest.Closest(tag.Value, _tagRegistry.Keys);
                _diagnostics.Warning(DiagnosticCodes.UnknownTag, tag.Span,
                    $"tag '{tag.Value}' is not in content/tags.yml" + (hint is null ? "; add it there" : $" (did you mean '{hint}'?)"));
            }
        }

        ok &= _authors.Check(p, _diagnostics);
        foreach (var move in p.Moves)
        {
            if (move.Person is { } person)
            {
                ok &= CheckPerson(person);
            }

            ok &= CheckCompany(move.From);
            if (move.To is { } to)
            {
                ok &= CheckCompany(to);
            }
        }

        if (!ok || !p.IsComplete)
        {
            return null;
        }

        // A correction is an update: the newest one, when later, is the date every page, feed and sitemap shows as updated.
        return new Article(p.SourcePath, p.Slug.Value, p.Title, p.Date, Correction.EffectiveUpdated(p.Date, p.Updated, p.Corrections), p.Summary,
            p.Companies.Select(c => Share(c.Value)).ToArray(), p.People.Select(x => Share(x.Value)).ToArray(), p.Tags.Select(t => Share(t.Value)).ToArray(),
            p.Moves.Select(m => new Move(Share(m.Move.Person), m.Move.Count, Share(m.Move.Who), Share(m.Move.From)!, Share(m.Move.To), Share(m.Move.Role), m.Move.Kind, m.Move.Date)
            {
                Span = m.Span,
            }).ToArray(),
            p.Sources.Select(s => s with { Name = Share(s.Name) }).ToArray(), p.Draft, p.Body, p.BodyLine)
        {
            Autolink = p.Autolink, FrontMatterHash = p.FrontMatterHash, Authors = _authors.For(p), Corrections = p.Corrections, WordCount = p.WordCount,
            Aliases = p.Aliases, SlugSpan = p.Slug.Span, DateSpan = p.DateSpan, Image = p.Image,
        };
    }

    /// <summary>
    /// One string for each value the briefings repeat (slugs, roles, source names): each file's front matter gave it a copy
    /// of its own, ~23 MB of duplicates at 10,000 briefings that the model kept for the whole build (docs/performance.md,
    /// twelfth session). Assembling is single-threaded.
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    private string? Share(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (_shared.TryGetValue(value, out var kept))
        {
            return kept;
        }

        _shared.Add(value, value);
        return value;
    }

    private bool CheckCompany(Located<string> slug)
    {
        if (_companies.ContainsKey(slug.Value))
        {
            return true;
        }

        _diagnostics.Error(DiagnosticCodes.UnknownCompany, slug.Span,
            $"unknown company '{slug.Value}'{_companyIndex.Hint(slug.Value, "content/companies/")}");
        return false;
    }

    private bool CheckPerson(Located<string> slug)
    {
        if (_people.ContainsKey(slug.Value))
        {
            return true;
        }

        _diagnostics.Error(DiagnosticCodes.UnknownPerson, slug.Span,
            $"unknown person '{slug.Value}'{_personIndex.Hint(slug.Value, "content/people/")}");
        return false;
    }

    private void CheckParents()
    {
        foreach (var entry in _companyEntries)
        {
            if (entry.Company.Parent is { } parent && !_companies.ContainsKey(parent))
            {
                _diagnostics.Error(DiagnosticCodes.UnknownParent, entry.ParentSpan,
                    $"parent '{parent}' is not a company{_companyIndex.Hint(parent, "content/companies/")}");
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in _companyEntries)
        {
            var chain = new List<string>();
            var current = entry.Company.Slug;
            while (current is not null && _companies.TryGetValue(current, out var company) && !chain.Contains(current))
            {
                chain.Add(current);
                current = company.Parent;
            }

            if (current is null || !chain.Contains(current) || current != entry.Company.Slug || !reported.Add(current))
            {
                continue;
            }

            var cycle = chain.ToList();
            foreach (var slug in cycle)
            {
                reported.Add(slug);
            }

            var files = string.Join(" → ", cycle.Append(cycle[0]).Select(s => _companies[s].SourcePath));
            _diagnostics.Error(DiagnosticCodes.ParentCycle, entry.ParentSpan,
                $"company parents form a cycle: {files}; remove one of these 'parent' links");
        }
    }

    private void CheckCollisions(IReadOnlyList<ParsedArticle> parsed)
    {
        var seen = new Dictionary<string, ParsedArticle>(StringComparer.Ordinal);
        foreach (var p in parsed.Where(p => p.IsComplete))
        {
            var url = Routes.Article(p.Date.Day.Year, p.Slug.Value);
            if (!seen.TryAdd(url, p))
            {
                _diagnostics.Error(DiagnosticCodes.UrlCollision, p.Slug.Span,
                    $"this briefing and {seen[url].SourcePath} would both be published at {url}; give one of them another 'slug'");
            }
        }
    }
}

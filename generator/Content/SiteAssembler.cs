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
        var resolved = ResolveAll(parsed);
        var articles = new List<Article>(parsed.Count);
        var (drafts, scheduled) = (0, 0);
        foreach (var article in resolved)
        {
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

    /// <summary>
    /// Every briefing resolved, in order (null where a slug is unknown). Large sites are resolved in contiguous parts side
    /// by side, each part with its own diagnostics and shared strings; the parts' diagnostics are then added in order, so
    /// the diagnostics and the model are those of one pass (at 10,000 briefings one pass took ~0.1 s on one core, on
    /// every rebuild's path).
    /// </summary>
    private Article?[] ResolveAll(IReadOnlyList<ParsedArticle> parsed)
    {
        var resolved = new Article?[parsed.Count];
        var parts = Math.Clamp(parsed.Count / BriefingsPerPart, 1, Environment.ProcessorCount);
        var bags = new DiagnosticBag[parts];
        Parallel.For(0, parts, part =>
        {
            var (bag, shared) = (bags[part] = new DiagnosticBag(), new Dictionary<string, string>(StringComparer.Ordinal));
            for (var i = parsed.Count * part / parts; i < parsed.Count * (part + 1) / parts; i++)
            {
                resolved[i] = Resolve(parsed[i], bag, shared);
            }
        });
        foreach (var bag in bags)
        {
            _diagnostics.AddRange(bag.Items);
        }

        return resolved;
    }

    /// <summary>Below this many briefings per part, one thread resolves them all.</summary>
    private const int BriefingsPerPart = 1000;

    private Article? Resolve(ParsedArticle p, DiagnosticBag diagnostics, Dictionary<string, string> shared)
    {
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        string? Share(string? value) => SiteAssembler.Share(value, shared);

        var ok = true;
        foreach (var c in p.Companies)
        {
            ok &= CheckCompany(c, diagnostics);
        }

        foreach (var person in p.People)
        {
            ok &= CheckPerson(person, diagnostics);
        }

        if (_tagRegistry is not null)
        {
            foreach (var tag in p.Tags.Where(t => !_tagRegistry.ContainsKey(t.Value)))
            {
                var hint = Suggest.Closest(tag.Value, _tagRegistry.Keys);
                diagnostics.Warning(DiagnosticCodes.UnknownTag, tag.Span,
                    $"tag '{tag.Value}' is not in content/tags.yml" + (hint is null ? "; add it there" : $" (did you mean '{hint}'?)"));
            }
        }

        ok &= _authors.Check(p, diagnostics);
        foreach (var move in p.Moves)
        {
            if (move.Person is { } person)
            {
                ok &= CheckPerson(person, diagnostics);
            }

            ok &= CheckCompany(move.From, diagnostics);
            if (move.To is { } to)
            {
                ok &= CheckCompany(to, diagnostics);
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
    /// twelfth session). Each part of <see cref="ResolveAll"/> has its own: a value both parts use is kept twice.
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    private static string? Share(string? value, Dictionary<string, string> shared)
    {
        if (value is null)
        {
            return null;
        }

        if (shared.TryGetValue(value, out var kept))
        {
            return kept;
        }

        shared.Add(value, value);
        return value;
    }

    private bool CheckCompany(Located<string> slug, DiagnosticBag diagnostics)
    {
        if (_companies.ContainsKey(slug.Value))
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.UnknownCompany, slug.Span,
            $"unknown company '{slug.Value}'{_companyIndex.Hint(slug.Value, "content/companies/")}");
        return false;
    }

    private bool CheckPerson(Located<string> slug, DiagnosticBag diagnostics)
    {
        if (_people.ContainsKey(slug.Value))
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.UnknownPerson, slug.Span,
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

using Briefing.Model;

namespace Briefing.Content;

/// <summary>Builds the lookups pages need: briefings and moves per company (rolled up to parents), person and tag.</summary>
internal static class SiteIndexes
{
    public static SiteModel Build(SiteConfig config, IReadOnlyList<Article> articles, IReadOnlyDictionary<string, Company> companies,
        IReadOnlyDictionary<string, Person> people, IReadOnlyDictionary<string, Tag>? tagRegistry, DiagnosticBag? diagnostics = null,
        IReadOnlyDictionary<string, Author>? authors = null)
    {
        var ancestors = companies.Keys.ToDictionary(slug => slug, slug => SelfAndAncestors(slug, companies), StringComparer.Ordinal);
        var byCompany = new Dictionary<string, List<Article>>(StringComparer.Ordinal);
        var byPerson = new Dictionary<string, List<Article>>(StringComparer.Ordinal);
        var byTag = new Dictionary<string, List<Article>>(StringComparer.Ordinal);
        var byAuthor = new Dictionary<string, List<Article>>(StringComparer.Ordinal);
        var movesByCompany = new Dictionary<string, List<MoveReport>>(StringComparer.Ordinal);
        var movesByPerson = new Dictionary<string, List<MoveReport>>(StringComparer.Ordinal);
        var moves = Array.Empty<MoveReport>();

        // Three indexes that share nothing but the (read-only) briefings, built side by side: a cold build's load runs
        // on one core here otherwise (docs/performance.md, fifteenth session). Each one's lists keep the briefings' order.
        Parallel.Invoke(
            () =>
            {
                var groupSet = new HashSet<string>(StringComparer.Ordinal);
                foreach (var article in articles)
                {
                    // A parent's page lists its subsidiaries' briefings too (Amazon's lists AWS's), once each.
                    groupSet.Clear();
                    foreach (var c in article.Companies)
                    {
                        groupSet.UnionWith(ancestors[c]);
                    }

                    foreach (var slug in groupSet.Order(StringComparer.Ordinal))
                    {
                        Add(byCompany, slug, article);
                    }
                }
            },
            () =>
            {
                foreach (var article in articles)
                {
                    foreach (var p in article.People)
                    {
                        Add(byPerson, p, article);
                    }

                    foreach (var t in article.Tags)
                    {
                        Add(byTag, t, article);
                    }

                    foreach (var a in article.Authors)
                    {
                        Add(byAuthor, a, article);
                    }
                }
            },
            () => moves = MovesOf(articles, ancestors, movesByCompany, movesByPerson, diagnostics));

        var tags = new Dictionary<string, Tag>(StringComparer.Ordinal);
        foreach (var slug in byTag.Keys)
        {
            tags[slug] = tagRegistry is not null && tagRegistry.TryGetValue(slug, out var tag) ? tag : new Tag(slug, slug, null);
        }

        var subsidiaries = companies.Values.Where(c => c.Parent is not null)
            .GroupBy(c => c.Parent!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Company>)g.OrderBy(c => c.Name, StringComparer.InvariantCultureIgnoreCase)
                .ThenBy(c => c.Slug, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

        return new SiteModel(config, articles, companies, people, tags,
            Freeze(byCompany), Freeze(byPerson), Freeze(byTag), moves, Freeze(movesByCompany), Freeze(movesByPerson), subsidiaries)
        {
            Authors = authors ?? new Dictionary<string, Author>(StringComparer.Ordinal),
            ArticlesByAuthor = Freeze(byAuthor),
        };
    }

    /// <summary>Every move once (newest first), and the moves by company (rolled up to parents, newest first) and by person (oldest first).</summary>
    private static MoveReport[] MovesOf(IReadOnlyList<Article> articles, Dictionary<string, string[]> ancestors,
        Dictionary<string, List<MoveReport>> movesByCompany, Dictionary<string, List<MoveReport>> movesByPerson, DiagnosticBag? diagnostics)
    {
        var reportsByKey = new Dictionary<string, List<(Move Move, Article Article)>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var move in article.Moves)
            {
                Add(reportsByKey, move.Key, (move, article));
            }
        }

        var moves = MergeReports(reportsByKey);

        // The conflicts and the two indexes share only the (read-only) moves: side by side, as this branch is the
        // longest of the three in Build (one body edit at 10,000 briefings: ~40 ms on one core otherwise).
        Parallel.Invoke(
            () => diagnostics?.AddRange(MoveConflicts.Find(moves)),
            () =>
            {
                var groupSet = new HashSet<string>(StringComparer.Ordinal);
                foreach (var report in moves)
                {
                    var move = report.Move;
                    groupSet.Clear();
                    groupSet.UnionWith(ancestors[move.From]);
                    if (move.To is not null)
                    {
                        groupSet.UnionWith(ancestors[move.To]);
                    }

                    foreach (var slug in groupSet.Order(StringComparer.Ordinal))
                    {
                        Add(movesByCompany, slug, report);
                    }
                }

                // Moves newest first on company pages.
                foreach (var list in movesByCompany.Values)
                {
                    list.Sort(MoveReport.CompareNewestFirst);
                }
            },
            () =>
            {
                foreach (var report in moves)
                {
                    if (report.Move.Person is { } person)
                    {
                        Add(movesByPerson, person, report);
                    }
                }

                // A person's timeline reads oldest first.
                foreach (var list in movesByPerson.Values)
                {
                    list.Sort((a, b) => MoveReport.CompareNewestFirst(b, a));
                }
            });

        return moves;
    }

    /// <summary>One move per key; its reports oldest first. The move as the first briefing reported it stands for all.</summary>
    private static MoveReport[] MergeReports(Dictionary<string, List<(Move Move, Article Article)>> reportsByKey)
    {
        var moves = new MoveReport[reportsByKey.Count];
        var i = 0;
        foreach (var reports in reportsByKey.Values)
        {
            // Articles arrive newest first; a briefing that lists the same move twice counts once.
            var articles = new List<Article>(reports.Count);
            for (var r = reports.Count - 1; r >= 0; r--)
            {
                if (articles.Count == 0 || !ReferenceEquals(articles[^1], reports[r].Article))
                {
                    articles.Add(reports[r].Article);
                }
            }

            moves[i++] = new MoveReport(reports[^1].Move, articles.ToArray());
        }

        Array.Sort(moves, MoveReport.CompareNewestFirst);
        return moves;
    }

    private static string[] SelfAndAncestors(string slug, IReadOnlyDictionary<string, Company> companies)
    {
        var chain = new List<string>();
        for (string? current = slug; current is not null && !chain.Contains(current) && companies.TryGetValue(current, out var c); current = c.Parent)
        {
            chain.Add(current);
        }

        return [.. chain];
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T item)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(item);
    }

    private static Dictionary<string, IReadOnlyList<T>> Freeze<T>(Dictionary<string, List<T>> index) =>
        index.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<T>)kv.Value.ToArray(), StringComparer.Ordinal);
}

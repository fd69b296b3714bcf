using Briefing.Model;

namespace Briefing.Content;

/// <summary>Builds the lookups pages need: briefings and moves per company (rolled up to parents), person and tag.</summary>
internal static class SiteIndexes
{
    public static SiteModel Build(SiteConfig config, IReadOnlyList<Article> articles, IReadOnlyDictionary<string, Company> companies,
        IReadOnlyDictionary<string, Person> people, IReadOnlyDictionary<string, Tag>? tagRegistry)
    {
        var ancestors = companies.Keys.ToDictionary(slug => slug, slug => SelfAndAncestors(slug, companies), StringComparer.Ordinal);
        var byCompany = new Dictionary<string, List<Article>>(StringComparer.Ordinal);
        var byPerson = new Dictionary<string, List<Article>>(StringComparer.Ordinal);
        var byTag = new Dictionary<string, List<Article>>(StringComparer.Ordinal);
        var movesByCompany = new Dictionary<string, List<MoveReport>>(StringComparer.Ordinal);
        var movesByPerson = new Dictionary<string, List<MoveReport>>(StringComparer.Ordinal);
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

            foreach (var p in article.People)
            {
                Add(byPerson, p, article);
            }

            foreach (var t in article.Tags)
            {
                Add(byTag, t, article);
            }

            foreach (var move in article.Moves)
            {
                var report = new MoveReport(move, article);
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

                if (move.Person is not null)
                {
                    Add(movesByPerson, move.Person, report);
                }
            }
        }

        // Moves newest first on company pages; a person's timeline reads oldest first.
        foreach (var list in movesByCompany.Values)
        {
            list.Sort(CompareMovesNewestFirst);
        }

        foreach (var list in movesByPerson.Values)
        {
            list.Sort((a, b) => -CompareMovesNewestFirst(a, b));
        }

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
            Freeze(byCompany), Freeze(byPerson), Freeze(byTag), Freeze(movesByCompany), Freeze(movesByPerson), subsidiaries);
    }

    private static int CompareMovesNewestFirst(MoveReport a, MoveReport b)
    {
        var byDate = b.Move.Date.CompareTo(a.Move.Date);
        return byDate != 0 ? byDate : Article.CompareNewestFirst(a.Article, b.Article);
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

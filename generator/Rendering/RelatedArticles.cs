using System.Buffers;
using Briefing.Model;

namespace Briefing.Rendering;

/// <summary>
/// The briefings related to one: those that name the most of its companies and people (as written in front matter,
/// not rolled up to parents), ties broken newest first, then by slug. To stay linear on sites with thousands of
/// briefings per company, each company or person contributes only the <see cref="Window"/> briefings nearest in
/// date on either side.
/// </summary>
public sealed class RelatedArticles
{
    public const int Shown = 5;
    public const int Window = 100;

    private readonly IReadOnlyList<Article> _articles;
    private readonly SiteModel _model;
    private readonly Dictionary<string, int[]> _byCompany;
    private readonly Dictionary<string, int[]> _byPerson;
    private readonly PerThread<int[]> _scores;

    public RelatedArticles(SiteModel model)
    {
        _model = model;
        var articles = model.Articles;
        _articles = articles;
        _scores = new(() => new int[articles.Count]);
        var companies = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var people = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            Add(companies, articles[i].Companies, i);
            Add(people, articles[i].People, i);
        }

        _byCompany = companies.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _byPerson = people.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<Article> For(Article article)
    {
        // Every briefing within the window of each of this one's companies and people, once per entity it shares.
        var self = _model.PositionOf(article);
        var lists = new List<(int[] Positions, int From, int To)>(article.Companies.Count + article.People.Count);
        var total = 0;
        foreach (var positions in article.Companies.Select(c => _byCompany[c]).Concat(article.People.Select(p => _byPerson[p])))
        {
            if (lists.Exists(l => ReferenceEquals(l.Positions, positions)))
            {
                continue; // a slug listed twice counts once
            }

            var at = Array.BinarySearch(positions, self);
            var (from, to) = (Math.Max(0, at - Window), Math.Min(positions.Length, at + Window + 1));
            lists.Add((positions, from, to));
            total += to - from;
        }

        // Each candidate's score is counted in the thread's table (one slot per briefing, zero between calls), each
        // candidate listed once; the best are kept by score, ties newest (lowest position) first. Sorting every entry
        // of the windows to find runs was most of this method's time.
        var rented = ArrayPool<int>.Shared.Rent(Math.Max(total, 1));
        var scores = _scores.Take();
        var length = 0;
        foreach (var (positions, from, to) in lists)
        {
            foreach (var position in positions.AsSpan(from, to - from))
            {
                if (position != self && scores[position]++ == 0)
                {
                    rented[length++] = position;
                }
            }
        }

        Span<(int Position, int Score)> best = stackalloc (int, int)[Shown];
        var count = 0;
        foreach (var position in rented.AsSpan(0, length))
        {
            var score = scores[position];
            scores[position] = 0;
            var slot = count;
            while (slot > 0 && (best[slot - 1].Score < score || (best[slot - 1].Score == score && best[slot - 1].Position > position)))
            {
                slot--;
            }

            if (slot < Shown)
            {
                var last = Math.Min(count, Shown - 1);
                for (var k = last; k > slot; k--)
                {
                    best[k] = best[k - 1];
                }

                best[slot] = (position, score);
                count = Math.Min(count + 1, Shown);
            }
        }

        _scores.Return(scores);
        ArrayPool<int>.Shared.Return(rented);
        var related = new Article[count];
        for (var i = 0; i < count; i++)
        {
            related[i] = _articles[best[i].Position];
        }

        return related;
    }

    private static void Add(Dictionary<string, List<int>> lists, IReadOnlyList<string> slugs, int position)
    {
        foreach (var slug in slugs)
        {
            if (!lists.TryGetValue(slug, out var list))
            {
                lists[slug] = list = [];
            }

            if (list.Count == 0 || list[^1] != position)
            {
                list.Add(position); // a slug listed twice in one briefing is one entry
            }
        }
    }
}

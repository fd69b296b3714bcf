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
    private readonly Dictionary<string, int[]> _byEntity = new(StringComparer.Ordinal);

    public RelatedArticles(SiteModel model)
    {
        _model = model;
        var articles = model.Articles;
        _articles = articles;
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var key in Keys(articles[i]))
            {
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = [];
                }

                list.Add(i);
            }
        }

        foreach (var (key, list) in lists)
        {
            _byEntity[key] = [.. list];
        }
    }

    public IReadOnlyList<Article> For(Article article)
    {
        var self = _model.PositionOf(article);
        var scores = new Dictionary<int, int>();
        foreach (var key in Keys(article))
        {
            var positions = _byEntity[key];
            var at = Array.BinarySearch(positions, self);
            for (var i = Math.Max(0, at - Window); i < Math.Min(positions.Length, at + Window + 1); i++)
            {
                if (positions[i] != self)
                {
                    scores[positions[i]] = scores.GetValueOrDefault(positions[i]) + 1;
                }
            }
        }

        // Positions are newest first, then slug: the lower position wins a tie.
        return scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(Shown).Select(s => _articles[s.Key]).ToArray();
    }

    private static IEnumerable<string> Keys(Article article) =>
        article.Companies.Select(c => "company:" + c).Concat(article.People.Select(p => "person:" + p)).Distinct(StringComparer.Ordinal);
}

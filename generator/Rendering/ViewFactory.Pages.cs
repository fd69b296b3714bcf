using Briefing.Model;
using Briefing.Rendering.Views;

namespace Briefing.Rendering;

/// <summary>The entity and index pages.</summary>
public sealed partial class ViewFactory
{
    public CompanyPageView CompanyPage(Company company, IReadOnlyList<Article> pageArticles, PagerView pager, IReadOnlyList<MoveReport> moves)
    {
        // Every page of a company shows the totals, only the first its moves and flow: the split is made once per
        // company, not once per page (a company in 10,000 briefings has 1,000 pages and as many moves).
        var split = _companyMoves.GetOrAdd(company.Slug, static (slug, state) => state.Factory.SplitMoves(slug, state.Moves), (Factory: this, Moves: moves));
        var first = pager.Page == 1;
        return new CompanyPageView(
            company.Name,
            company.Slug,
            company.Aliases,
            company.Description,
            company.Website?.AbsoluteUri,
            company.Parent is { } parent ? CompanyLink(parent) : null,
            (_model.Subsidiaries.TryGetValue(company.Slug, out var subs) ? subs : SiteModel.NoCompanies).Select(s => CompanyLink(s.Slug)).ToArray(),
            first ? split.In.Take(CompanyPageView.MovesShown).Select(Move).ToArray() : [],
            first ? split.Out.Take(CompanyPageView.MovesShown).Select(Move).ToArray() : [],
            first ? split.Internal.Take(CompanyPageView.MovesShown).Select(Move).ToArray() : [],
            split.In.Count,
            split.Out.Count,
            split.Internal.Count,
            first ? CompanyFlow(moves, split.Group) : null,
            pageArticles.Select(a => Card(a, Via(a, company.Slug))).ToArray(),
            pager) { LogoHtml = Pictures.Figure(company.Logo, hero: false, "logo", sizes: EntityImageSizes) };
    }

    /// <summary>A company's moves (newest first) by direction relative to the company and its subsidiaries.</summary>
    private sealed record CompanyMoves(HashSet<string> Group, List<MoveReport> In, List<MoveReport> Out, List<MoveReport> Internal);

    private CompanyMoves SplitMoves(string slug, IReadOnlyList<MoveReport> moves)
    {
        var split = new CompanyMoves(SelfAndDescendants(slug), [], [], []);
        foreach (var report in moves)
        {
            var direction = TalentFlow.Direction(report.Move, split.Group);
            (direction == 0 ? split.Internal : direction < 0 ? split.Out : split.In).Add(report);
        }

        return split;
    }

    public PersonPageView PersonPage(Person person, IReadOnlyList<Article> pageArticles, PagerView pager, IReadOnlyList<MoveReport> moves) => new(
        person.Name,
        person.Slug,
        person.Aliases,
        person.Description,
        pager.Page == 1 ? moves.Select(Move).ToArray() : [],
        pager.Page == 1 ? Career(moves) : [],
        pageArticles.Select(a => Card(a)).ToArray(),
        pager) { PhotoHtml = Pictures.Figure(person.Photo, hero: false, "photo", sizes: EntityImageSizes) };

    /// <summary>How wide the theme shows a logo or a person's photo (site.css <c>.logo img</c>, <c>.photo img</c>).</summary>
    private const string EntityImageSizes = "6rem";

    public TagPageView TagPage(Tag tag, IReadOnlyList<Article> pageArticles, PagerView pager) =>
        new(tag.Name, tag.Slug, tag.Description, pageArticles.Select(a => Card(a)).ToArray(), pager);

    public ListPageView HomePage(IReadOnlyList<Article> pageArticles, PagerView pager) =>
        new(pageArticles.Select(a => Card(a)).ToArray(), pager, pager.Page == 1 ? _talentFlow.Value : null);

    public IndexPageView IndexPage(string heading, string intro, IEnumerable<(string Name, string Route, int Count, string? Note)> entries)
    {
        var sorted = entries
            .OrderBy(e => e.Name, StringComparer.InvariantCultureIgnoreCase)
            .ThenBy(e => e.Route, StringComparer.Ordinal)
            .Select(e => (Letter: LetterOf(e.Name), Entry: new IndexEntryView(e.Name, _urls.Link(e.Route), e.Count, e.Note)))
            .ToArray();
        var groups = sorted
            .GroupBy(e => e.Letter, StringComparer.Ordinal)
            .OrderBy(g => g.Key == "#" ? 1 : 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new IndexGroupView(g.Key, g.Key == "#" ? "letter-other" : $"letter-{g.Key.ToLowerInvariant()}",
                g.Select(e => e.Entry).ToArray()))
            .ToArray();
        return new IndexPageView(heading, intro, sorted.Length, groups);
    }

    private static string LetterOf(string name)
    {
        var slug = Slug.From(name);
        return slug.Length > 0 && char.IsAsciiLetterLower(slug[0]) && char.IsAsciiLetter(name.TrimStart()[0])
            ? slug[..1].ToUpperInvariant()
            : "#";
    }

    /// <summary>On a parent's page, the subsidiaries through which a briefing concerns it; null when it names the company itself.</summary>
    private string? Via(Article article, string companySlug)
    {
        if (article.Companies.Contains(companySlug) || article.Moves.Any(m => m.From == companySlug || m.To == companySlug))
        {
            return null;
        }

        var names = article.Companies.Concat(article.Moves.SelectMany(m => m.To is null ? [m.From] : new[] { m.From, m.To }))
            .Distinct(StringComparer.Ordinal)
            .Where(c => IsDescendant(c, companySlug))
            .Select(c => _model.Companies[c].Name)
            .ToArray();
        return names.Length == 0 ? null : string.Join(", ", names);
    }

    private bool IsDescendant(string slug, string ancestor)
    {
        var guard = 0;
        for (var current = _model.Companies[slug].Parent; current is not null && guard++ < 64; current = _model.Companies[current].Parent)
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private HashSet<string> SelfAndDescendants(string slug)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { slug };
        var queue = new Queue<string>([slug]);
        while (queue.Count > 0)
        {
            if (_model.Subsidiaries.TryGetValue(queue.Dequeue(), out var children))
            {
                foreach (var child in children.Where(c => set.Add(c.Slug)))
                {
                    queue.Enqueue(child.Slug);
                }
            }
        }

        return set;
    }
}

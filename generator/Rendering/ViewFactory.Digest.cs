using System.Globalization;
using Briefing.Model;
using Briefing.Rendering.Views;

namespace Briefing.Rendering;

/// <summary>The weekly digest: the list of editions, an edition (page and email) and the subscribe page.</summary>
public sealed partial class ViewFactory
{
    private const int EditionFlowsShown = 3;

    public MetaView DigestMeta(int page) => Meta(page == 1 ? "Weekly digest" : $"Weekly digest, page {page}",
        "Every week's talent moves in one edition: the briefings, the moves, who gained and who lost people.", Routes.DigestList(page), "digest");

    public MetaView EditionMeta(Edition edition) => Meta(edition.Title, Preheader(edition), edition.Url, "edition", edition.Intro?.Draft ?? false);

    public MetaView SubscribeMeta() => Meta("Subscribe",
        "The weekly digest by email or feed, and every feed of the site.", Routes.Subscribe, "subscribe");

    public DigestPageView DigestPage(IReadOnlyList<Edition> editions, Edition? current, PagerView pager) => new(
        editions.Select(e => EditionSummary(e, _urls.Link(e.Url))).ToArray(),
        current is null || pager.Page != 1 ? null : EditionSummary(current, null),
        pager,
        _urls.Link(Routes.DigestFeed),
        _urls.Absolute(Routes.DigestFeed),
        _urls.Link(Routes.Subscribe));

    private static EditionSummaryView EditionSummary(Edition e, string? url) =>
        new(e.Title, e.Week.ToString(), Edition.Range(e.Week), url, e.Articles.Count, e.Moves.Count, e.Intro?.Draft ?? false);

    /// <param name="older">The edition before this one (older), or null; <paramref name="newer"/> likewise.</param>
    /// <param name="withEmail">Whether the edition has an email (the newest <c>feed_items</c> editions do).</param>
    public EditionView EditionPage(Edition edition, Edition? older, Edition? newer, bool withEmail = true)
    {
        var (gainers, losers) = NetFlows(edition.Moves);
        var intro = edition.Intro is { Body.Text: { Length: > 0 } text } && !string.IsNullOrWhiteSpace(text)
            ? new SafeHtml(_pageMarkdown.Value.ToHtml(text)) : null;
        return new EditionView(
            edition.Title,
            edition.Week.ToString(),
            Edition.Range(edition.Week),
            _urls.Link(edition.Url),
            withEmail ? _urls.Link(Routes.DigestEmail(edition.Week)) : null,
            withEmail ? _urls.Link(Routes.DigestText(edition.Week)) : null,
            Preheader(edition),
            intro,
            edition.Articles.Select(a => Card(a)).ToArray(),
            edition.Moves.Select(Move).ToArray(),
            gainers,
            losers,
            edition.Articles.SelectMany(a => a.Companies).Distinct(StringComparer.Ordinal).Select(CompanyLink)
                .OrderBy(l => l.Name, StringComparer.Ordinal).ToArray(),
            edition.Articles.SelectMany(a => a.People).Distinct(StringComparer.Ordinal).Select(PersonLink)
                .OrderBy(l => l.Name, StringComparer.Ordinal).ToArray(),
            edition.Intro?.Draft ?? false,
            edition.Finished)
        {
            Older = older is null ? null : new LinkView(older.Title, _urls.Link(older.Url)),
            Newer = newer is null ? null : new LinkView(newer.Title, _urls.Link(newer.Url)),
            DigestUrl = _urls.Link(Routes.DigestIndex),
            SubscribeUrl = _urls.Link(Routes.Subscribe),
            FeedUrl = _urls.Link(Routes.DigestFeed),
            UnsubscribeUrl = _model.Config.Newsletter?.Unsubscribe ?? Newsletter.DefaultUnsubscribe,
        };
    }

    public SubscribePageView SubscribePage()
    {
        var newsletter = _model.Config.Newsletter;
        LinkView Feed(string name, string route) => new(name, _urls.Absolute(route));
        return new SubscribePageView(
            newsletter?.Action,
            newsletter?.Field ?? Newsletter.DefaultField,
            newsletter?.Provider,
            _urls.Link(Routes.DigestIndex),
            [
                Feed("Weekly digest (RSS)", Routes.DigestFeed), Feed("Every briefing (RSS)", Routes.Feed),
                Feed("Every briefing (Atom)", Routes.AtomFeed), Feed("Every briefing (JSON Feed)", Routes.JsonFeed),
                Feed("Every talent move (RSS)", Routes.MovesFeed),
            ],
            _urls.Link(Routes.FeedsPage));
    }

    /// <summary>"3 briefings and 4 talent moves: first title; second title."</summary>
    private static string Preheader(Edition edition)
    {
        var c = CultureInfo.InvariantCulture;
        var counts = string.Create(c, $"{edition.Articles.Count} {(edition.Articles.Count == 1 ? "briefing" : "briefings")}")
            + (edition.Moves.Count == 0 ? string.Empty
                : string.Create(c, $" and {edition.Moves.Count} talent {(edition.Moves.Count == 1 ? "move" : "moves")}"));
        return $"{counts} from {Edition.Range(edition.Week)}: {string.Join("; ", edition.Articles.Take(2).Select(a => a.Title))}";
    }

    /// <summary>Each company's people in and out this week (promotions and moves inside one company count nothing).</summary>
    private (NetFlowView[] Gainers, NetFlowView[] Losers) NetFlows(IReadOnlyList<MoveReport> moves)
    {
        var flows = new Dictionary<string, (int In, int Out)>(StringComparer.Ordinal);
        foreach (var move in moves.Select(r => r.Move).Where(m => m.To != m.From))
        {
            var people = TalentFlow.People(move);
            var from = flows.GetValueOrDefault(move.From);
            flows[move.From] = (from.In, from.Out + people);
            if (move.To is { } to)
            {
                var into = flows.GetValueOrDefault(to);
                flows[to] = (into.In + people, into.Out);
            }
        }

        var all = flows.Select(kv => new NetFlowView(CompanyLink(kv.Key), kv.Value.In, kv.Value.Out, kv.Value.In - kv.Value.Out)).ToArray();
        return (
            all.Where(f => f.Net > 0).OrderByDescending(f => f.Net).ThenBy(f => f.Company.Name, StringComparer.Ordinal).Take(EditionFlowsShown).ToArray(),
            all.Where(f => f.Net < 0).OrderBy(f => f.Net).ThenBy(f => f.Company.Name, StringComparer.Ordinal).Take(EditionFlowsShown).ToArray());
    }
}

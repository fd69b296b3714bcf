using Briefing.Model;
using Briefing.Rendering;
using Briefing.Rendering.Views;

namespace Briefing.Output;

/// <summary>
/// The weekly digest of a build: every published edition (a finished week with briefings and no draft intro), newest
/// first, and the running week so far (never an edition: no page of its own, no email, no feed item).
/// </summary>
/// <param name="Emailed">The editions with an email, which the digest feed carries: the newest, at most site.yml's <c>feed_items</c> and <see cref="MaxEmailed"/>.</param>
internal sealed record DigestPlan(IReadOnlyList<Edition> Editions, Edition? Current, IReadOnlyList<Edition> Emailed)
{
    /// <summary>The edition of <paramref name="week"/>, or null when it has none.</summary>
    public Edition? Find(IsoWeek week) => Editions.FirstOrDefault(e => e.Week == week);

    /// <summary>The view of the edition at <paramref name="index"/> in <see cref="Editions"/>, with its neighbours and its email when it has one.</summary>
    public EditionView View(ViewFactory views, int index) => views.EditionPage(Editions[index],
        index + 1 < Editions.Count ? Editions[index + 1] : null, index > 0 ? Editions[index - 1] : null, withEmail: index < Emailed.Count);

    /// <summary>Groups the published briefings by ISO week in the site's zone; moves go to the week of their first report.</summary>
    public static DigestPlan Of(SiteModel model)
    {
        var zone = SiteTimeZone.Of(model.Config);
        var digest = model.Digest;
        var byWeek = new SortedDictionary<IsoWeek, List<Article>>();
        foreach (var article in model.Articles)
        {
            var week = IsoWeek.Of(article.Date, zone);
            if (!byWeek.TryGetValue(week, out var list))
            {
                byWeek[week] = list = [];
            }

            list.Add(article);
        }

        var moves = model.Moves.GroupBy(m => IsoWeek.Of(m.Article.Date, zone)).ToDictionary(g => g.Key, g => g.ToArray());
        var intros = digest.Intros.ToDictionary(i => i.Week);
        var editions = new List<Edition>();
        Edition? current = null;
        foreach (var (week, articles) in byWeek.Reverse())
        {
            var intro = intros.GetValueOrDefault(week);
            var edition = new Edition(week, articles, moves.TryGetValue(week, out var m) ? m : [], intro, digest.IsFinished(week));
            if (edition.Finished && (intro is not { Draft: true } || digest.ShowDrafts))
            {
                editions.Add(edition);
            }
            else if (week == digest.RunningWeek)
            {
                current = edition with { Intro = intro is { Draft: true } && !digest.ShowDrafts ? null : intro };
            }
        }

        return new DigestPlan(editions, current, editions.Take(Math.Min(model.Config.FeedItems, MaxEmailed)).ToArray());
    }

    /// <summary>
    /// At most this many editions get an email and a digest-feed item: an RSS-to-email service sends what is new since it
    /// last polled, so a quarter of back issues is plenty, and each email costs ~30 ms of CSS inlining (50 of them were
    /// 8 % of a cold 1,000-briefing build, docs/performance.md → Weekly digest).
    /// </summary>
    public const int MaxEmailed = 12;
}

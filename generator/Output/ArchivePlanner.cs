using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>
/// The date archive's pages: <c>/briefings/</c>, one page per year and one paginated list per month, so every prefix
/// of a briefing's URL answers. One pass over the briefings; months and years newest first.
/// </summary>
internal static class ArchivePlanner
{
    public static void Add(List<PageJob> jobs, SiteModel model)
    {
        // Grouped by the day in the briefing's own offset, as its URL's year is: not assumed contiguous, since a
        // briefing's offset can put it in another month than its neighbours in instant order.
        var years = model.Articles
            .GroupBy(a => a.Date.Day.Year)
            .OrderByDescending(y => y.Key)
            .Select(y => (Year: y.Key, Months: (IReadOnlyList<(int Month, IReadOnlyList<Article> Articles)>)y
                .GroupBy(a => a.Date.Day.Month)
                .OrderByDescending(m => m.Key)
                .Select(m => (m.Key, (IReadOnlyList<Article>)m.ToArray()))
                .ToArray()))
            .ToArray();
        PublishDate? newest = model.Articles.Count > 0 ? model.Articles.Max(a => a.Updated ?? a.Date) : null;
        jobs.Add(new PageJob(Routes.ArchiveIndex, "archive", newest, v =>
            (v.ArchiveMeta("Archive", "Every briefing by year and month.", Routes.ArchiveIndex, 1), v.ArchiveIndexPage(years))));

        var perPage = model.Config.PerPage;
        foreach (var (year, months) in years)
        {
            jobs.Add(new PageJob(Routes.Archive(year), "archive", Newest(months.SelectMany(m => m.Articles)), v =>
                (v.ArchiveMeta(year.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Every briefing published in {year}, by month.",
                    Routes.Archive(year), 1), v.ArchiveYearPage(year, months))));
            foreach (var (month, articles) in months)
            {
                var name = ViewFactory.MonthName(year, month);
                var totalPages = Math.Max(1, (articles.Count + perPage - 1) / perPage);
                for (var page = 1; page <= totalPages; page++)
                {
                    var p = page;
                    var items = articles.Skip((p - 1) * perPage).Take(perPage).ToArray();
                    jobs.Add(new PageJob(Routes.Archive(year, month, p), "archive", Newest(items), v =>
                        (v.ArchiveMeta(name, $"Every briefing published in {name}.", Routes.Archive(year, month, p), p),
                         v.ArchiveMonthPage(year, month, items, v.Pager(n => Routes.Archive(year, month, n), p, totalPages, articles.Count)))));
                }
            }
        }
    }

    private static PublishDate? Newest(IEnumerable<Article> articles)
    {
        PublishDate? newest = null;
        foreach (var a in articles)
        {
            var date = a.Updated ?? a.Date;
            if (newest is not { } n || date > n)
            {
                newest = date;
            }
        }

        return newest;
    }
}

using System.Globalization;
using Briefing.Model;
using Briefing.Rendering.Views;

namespace Briefing.Rendering;

/// <summary>The date archive: <c>/briefings/</c>, a year, a month; and the breadcrumbs of a briefing into it.</summary>
public sealed partial class ViewFactory
{
    /// <summary>"June 2025".</summary>
    public static string MonthName(int year, int month) =>
        new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// <c>/briefings/</c>: every year newest first with its months. <paramref name="years"/> holds each year's briefings by
    /// month, both newest first, as <c>Output.ArchivePlanner</c> groups them.
    /// </summary>
    public ArchivePageView ArchiveIndexPage(IReadOnlyList<(int Year, IReadOnlyList<(int Month, IReadOnlyList<Article> Articles)> Months)> years) => new(
        "Archive",
        "Every briefing by the year and month it was published.",
        years.Sum(y => y.Months.Sum(m => m.Articles.Count)),
        [new LinkView(_model.Config.Title, _urls.Link(Routes.Home()))],
        years.Select(y => new ArchiveYearView(y.Year.ToString(CultureInfo.InvariantCulture), _urls.Link(Routes.Archive(y.Year)),
            y.Months.Sum(m => m.Articles.Count), y.Months.Select(m => Month(y.Year, m.Month, m.Articles, 0)).ToArray())).ToArray(),
        [],
        [],
        null);

    /// <summary>A year's page: its months newest first, each with its newest headlines.</summary>
    public ArchivePageView ArchiveYearPage(int year, IReadOnlyList<(int Month, IReadOnlyList<Article> Articles)> months) => new(
        year.ToString(CultureInfo.InvariantCulture),
        $"Every briefing published in {year}, by month.",
        months.Sum(m => m.Articles.Count),
        [new LinkView(_model.Config.Title, _urls.Link(Routes.Home())), new LinkView("Archive", _urls.Link(Routes.ArchiveIndex))],
        [],
        months.Select(m => Month(year, m.Month, m.Articles, ArchivePageView.HeadlinesPerMonth)).ToArray(),
        [],
        null);

    /// <summary>One page of a month's briefings.</summary>
    public ArchivePageView ArchiveMonthPage(int year, int month, IReadOnlyList<Article> pageArticles, PagerView pager) => new(
        MonthName(year, month),
        $"Every briefing published in {MonthName(year, month)}, newest first.",
        pager.TotalItems,
        [
            new LinkView(_model.Config.Title, _urls.Link(Routes.Home())), new LinkView("Archive", _urls.Link(Routes.ArchiveIndex)),
            new LinkView(year.ToString(CultureInfo.InvariantCulture), _urls.Link(Routes.Archive(year))),
        ],
        [],
        [],
        pageArticles.Select(a => Card(a)).ToArray(),
        pager);

    public MetaView ArchiveMeta(string heading, string description, string route, int page) =>
        Meta(page == 1 ? heading : $"{heading}, page {page}", description, route, "archive");

    /// <summary>
    /// The site, the archive, the briefing's year and month: where a reader goes up from a briefing. One list per month,
    /// shared by its briefings' pages, so that the theme renders it once (<c>include_cached</c> keys it by reference).
    /// </summary>
    public IReadOnlyList<LinkView> ArticleBreadcrumbs(Article article)
    {
        var day = article.Date.Day;
        return _breadcrumbs.GetOrAdd(day.Year * 100 + day.Month, static (_, state) =>
        {
            var (self, day) = state;
            return
            [
                new LinkView(self._model.Config.Title, self._urls.Link(Routes.Home())),
                new LinkView("Archive", self._urls.Link(Routes.ArchiveIndex)),
                new LinkView(day.Year.ToString(CultureInfo.InvariantCulture), self._urls.Link(Routes.Archive(day.Year))),
                new LinkView(day.ToString("MMMM", CultureInfo.InvariantCulture), self._urls.Link(Routes.Archive(day.Year, day.Month))),
            ];
        }, (this, day));
    }

    private ArchiveMonthView Month(int year, int month, IReadOnlyList<Article> articles, int headlines) => new(
        MonthName(year, month),
        _urls.Link(Routes.Archive(year, month)),
        articles.Count,
        articles.Take(headlines).Select(a => new ArchiveEntryView(a.Title, _urls.Link(a.Url), DisplayDates.Iso(a.Date), DisplayDates.Human(a.Date))).ToArray());
}

namespace Briefing.Rendering.Views;

/// <summary>
/// The <c>page</c> of the date archive: <c>/briefings/</c> (<c>Years</c>), a year (<c>Months</c> with their newest
/// headlines) or a month (<c>Articles</c> with a <c>Pager</c>). What a page is not about is empty (or null).
/// </summary>
/// <param name="Heading">"Archive", "2025" or "June 2025".</param>
/// <param name="Total">How many briefings the page covers.</param>
/// <param name="Breadcrumbs">The pages above this one (the site, the archive, the year), outermost first.</param>
public sealed record ArchivePageView(
    string Heading,
    string Intro,
    int Total,
    IReadOnlyList<LinkView> Breadcrumbs,
    IReadOnlyList<ArchiveYearView> Years,
    IReadOnlyList<ArchiveMonthView> Months,
    IReadOnlyList<ArticleCardView> Articles,
    PagerView? Pager)
{
    /// <summary>Headlines a year's page shows under each month before "all of them" links to the month.</summary>
    public const int HeadlinesPerMonth = 5;
}

using Briefing.Model;

namespace Briefing.Output;

/// <summary>The weekly digest's pages: <c>/digest/</c> (paginated), one page per edition, and <c>/subscribe/</c>.</summary>
internal static partial class PagePlanner
{
    private static void AddDigestPages(List<PageJob> jobs, SiteModel model, DigestPlan digest)
    {
        var editions = digest.Editions;
        var perPage = model.Config.PerPage;
        var totalPages = Math.Max(1, (editions.Count + perPage - 1) / perPage);
        for (var page = 1; page <= totalPages; page++)
        {
            var p = page;
            var items = editions.Skip((p - 1) * perPage).Take(perPage).ToArray();
            PublishDate? lastModified = items.Length == 0 ? null : items.SelectMany(e => e.Articles).Max(a => a.Updated ?? a.Date);
            jobs.Add(new PageJob(Routes.DigestList(p), "digest", lastModified, v =>
                (v.DigestMeta(p), v.DigestPage(items, digest.Current, v.Pager(Routes.DigestList, p, totalPages, editions.Count)))));
        }

        for (var i = 0; i < editions.Count; i++)
        {
            var edition = editions[i];
            var index = i;
            jobs.Add(new PageJob(edition.Url, "edition", edition.Articles.Max(a => a.Updated ?? a.Date),
                v => (v.EditionMeta(edition), digest.View(v, index)), Intro: edition.Intro));
        }
    }
}

using Briefing.Model;

namespace Briefing.Output;

/// <summary><c>/corrections/</c>: every correction on the site, newest first, paginated; an empty first page when there is none.</summary>
internal static class CorrectionsPlanner
{
    public static void Add(List<PageJob> jobs, IReadOnlyList<CorrectionNotice> notices)
    {
        var perPage = Rendering.Views.CorrectionsPageView.PerPage;
        var totalPages = Math.Max(1, (notices.Count + perPage - 1) / perPage);
        for (var page = 1; page <= totalPages; page++)
        {
            var p = page;
            var items = notices.Skip((p - 1) * perPage).Take(perPage).ToArray();
            PublishDate? lastModified = items.Length == 0 ? null : items.Max(n => n.Correction.Date);
            jobs.Add(new PageJob(Routes.Corrections(p), "corrections", lastModified, v =>
                (v.CorrectionsMeta(p), v.CorrectionsPage(items, v.Pager(Routes.Corrections, p, totalPages, notices.Count)))));
        }
    }
}

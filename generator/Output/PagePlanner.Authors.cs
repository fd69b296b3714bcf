using Briefing.Model;

namespace Briefing.Output;

/// <summary>The author pages: one paginated list per author, and the A–Z index (only on a site with an author registry).</summary>
internal static partial class PagePlanner
{
    private static void AddAuthorPages(List<PageJob> jobs, SiteModel model, PublishDate? newest)
    {
        if (model.Authors.Count == 0)
        {
            return;
        }

        foreach (var author in model.Authors.Values.OrderBy(a => a.Slug, StringComparer.Ordinal))
        {
            var articles = Lookup(model.ArticlesByAuthor, author.Slug);
            AddPaged(jobs, articles, model.Config.PerPage, p => Routes.Author(author.Slug, p), "author", (v, items, pager) =>
                (v.AuthorMeta(author, pager.Page), v.AuthorPage(author, items, pager)));
        }

        jobs.Add(new PageJob(Routes.AuthorsIndex, "index", newest, v =>
            (v.Meta("Authors", "Everyone who writes the briefings, A to Z.", Routes.AuthorsIndex, "index"),
             v.IndexPage("Authors", "Everyone who writes the briefings, A to Z, with the number of briefings each has written.",
                 model.Authors.Values.Select(a => (a.Name, Routes.Author(a.Slug), Lookup(model.ArticlesByAuthor, a.Slug).Count, a.Role))))));
    }
}

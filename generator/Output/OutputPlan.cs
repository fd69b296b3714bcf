using Briefing.Model;

namespace Briefing.Output;

/// <summary>
/// Every file a build writes, as routes: the one list that alias collisions are checked against, by <c>build</c> and by
/// <c>check</c> alike (so whatever a new planner adds is covered without touching the redirect code).
/// </summary>
internal static class OutputPlan
{
    /// <summary>The layouts a theme with a weekly digest has besides <c>digest</c> (whose presence turns the digest on).</summary>
    public static readonly IReadOnlyList<string> DigestLayouts = ["edition", "email"];

    /// <summary>The weekly digest when the theme has its <c>digest</c> layout; null: the site has no digest.</summary>
    public static DigestPlan? Digest(SiteModel model, string themeRoot) => HasLayout(themeRoot, "digest") ? DigestPlan.Of(model) : null;

    /// <summary>The site's HTML pages, with the optional ones the theme has a layout for.</summary>
    public static List<PageJob> Pages(SiteModel model, string themeRoot, DigestPlan? digest) =>
        PagePlanner.Plan(model, withFeedsPage: HasLayout(themeRoot, "feeds"), withSearchPage: HasLayout(themeRoot, "search"), digest,
            withSubscribePage: HasLayout(themeRoot, "subscribe"));

    /// <summary>The digest's files that are not pages: the email and text of each edition that has them, and the digest feed.</summary>
    public static IEnumerable<string> DigestFiles(DigestPlan? digest) => digest is null ? []
        : [.. digest.Emailed.SelectMany(e => new[] { Model.Routes.DigestEmail(e.Week), Model.Routes.DigestText(e.Week) }), Model.Routes.DigestFeed];

    /// <summary>Every route a build of these pages, assets, feeds and subscription lists writes, redirects aside.</summary>
    public static string[] Routes(IEnumerable<PageJob> jobs, ThemeAssets assets, IEnumerable<FeedChannel> rssFeeds, IEnumerable<string> opmlRoutes,
        IEnumerable<string> digestFiles) =>
    [
        .. jobs.Select(j => j.Route), .. assets.Files.Select(f => f.Route), .. rssFeeds.Select(f => f.Route), .. opmlRoutes, .. digestFiles,
        Model.Routes.AtomFeed, Model.Routes.JsonFeed, Model.Routes.Sitemap, Model.Routes.Robots,
    ];

    /// <summary>The routes a build of <paramref name="model"/> with the theme at <paramref name="themeRoot"/> writes (for <c>check</c>).</summary>
    public static string[] Routes(SiteModel model, string themeRoot)
    {
        var feeds = FeedCatalog.Plan(model);
        var digest = Digest(model, themeRoot);
        return Routes(Pages(model, themeRoot, digest), ThemeAssets.Load(themeRoot), feeds.RssFeeds,
            OpmlWriter.Lists(feeds, model.Config.Title).Select(o => o.Route), DigestFiles(digest));
    }

    private static bool HasLayout(string themeRoot, string name) => File.Exists(Path.Combine(themeRoot, "layouts", name + ".html"));
}

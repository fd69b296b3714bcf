using Briefing.Model;

namespace Briefing.Output;

/// <summary>
/// Every file a build writes, as routes: the one list that alias collisions are checked against, by <c>build</c> and by
/// <c>check</c> alike (so whatever a new planner adds is covered without touching the redirect code).
/// </summary>
internal static class OutputPlan
{
    /// <summary>The site's HTML pages, with the optional ones the theme has a layout for.</summary>
    public static List<PageJob> Pages(SiteModel model, string themeRoot) =>
        PagePlanner.Plan(model, withFeedsPage: File.Exists(Path.Combine(themeRoot, "layouts", "feeds.html")),
            withSearchPage: File.Exists(Path.Combine(themeRoot, "layouts", "search.html")));

    /// <summary>Every route a build of these pages, assets, feeds and subscription lists writes, redirects aside.</summary>
    public static string[] Routes(IEnumerable<PageJob> jobs, ThemeAssets assets, IEnumerable<FeedChannel> rssFeeds, IEnumerable<string> opmlRoutes) =>
    [
        .. jobs.Select(j => j.Route), .. assets.Files.Select(f => f.Route), .. rssFeeds.Select(f => f.Route), .. opmlRoutes,
        Model.Routes.AtomFeed, Model.Routes.JsonFeed, Model.Routes.Sitemap, Model.Routes.Robots,
    ];

    /// <summary>The routes a build of <paramref name="model"/> with the theme at <paramref name="themeRoot"/> writes (for <c>check</c>).</summary>
    public static string[] Routes(SiteModel model, string themeRoot)
    {
        var feeds = FeedCatalog.Plan(model);
        return Routes(Pages(model, themeRoot), ThemeAssets.Load(themeRoot), feeds.RssFeeds,
            OpmlWriter.Lists(feeds, model.Config.Title).Select(o => o.Route));
    }
}

using Briefing.Model;
using Briefing.Rendering.Views;

namespace Briefing.Rendering;

/// <summary>The search page's views.</summary>
public sealed partial class ViewFactory
{
    /// <summary>The search page is a tool, not content: kept out of search engines (noindex) and the sitemap.</summary>
    public MetaView SearchMeta() =>
        Meta("Search", $"Search every briefing of {_model.Config.Title} by name, company or person.", Routes.Search, "search", noIndex: true);

    public SearchPageView SearchPage() => new(_urls.Link(Routes.SearchIndex), _urls.Link("/"));
}

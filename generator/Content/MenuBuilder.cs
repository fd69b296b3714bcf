using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// The site's menus: each published page in the menus its <c>menu:</c> names, and site.yml's <c>menus:</c> entries; a
/// site.yml link to a path of this site where nothing is published is reported (BRF044) with the nearest page.
/// </summary>
internal static class MenuBuilder
{
    public static IReadOnlyList<MenuItem> Build(SiteConfig config, IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        var items = new List<MenuItem>();
        foreach (var page in pages)
        {
            items.AddRange(page.Menus.Select(menu => new MenuItem(menu, page.MenuTitle ?? page.Title, page.Url, page.Weight)));
        }

        var slugs = pages.Select(p => p.Slug).ToArray();
        foreach (var item in config.Menus)
        {
            if (!item.IsExternal && LeadsNowhere(item.Url, slugs) && item.Span is { } span)
            {
                var first = FirstSegment(item.Url);
                var hint = Suggest.Closest(first, slugs);
                diagnostics.Warning(DiagnosticCodes.MenuLinkNowhere, span,
                    $"menu link '{item.Url}' leads to no page this site publishes"
                    + (hint is null ? "; check the path, or add content/pages/" + first + ".md" : $" (did you mean '{Routes.Page(hint)}'?)"));
            }

            items.Add(item);
        }

        // One order for everything: by menu, then each menu's own order.
        items.Sort((a, b) => string.CompareOrdinal(a.Menu, b.Menu) is var byMenu and not 0 ? byMenu : MenuItem.Compare(a, b));
        return items;
    }

    /// <summary>
    /// Whether nothing can be published under <paramref name="url"/>'s first segment: not the home page, not a section the
    /// site generates (<see cref="Routes.ReservedSegments"/>), not a page. (Under a section, a path may still 404: only
    /// the section's own planner knows its pages.)
    /// </summary>
    private static bool LeadsNowhere(string url, IReadOnlyList<string> pageSlugs)
    {
        var first = FirstSegment(url);
        return first.Length > 0 && !Routes.ReservedSegments.Contains(first) && !pageSlugs.Contains(first);
    }

    private static string FirstSegment(string url)
    {
        var path = url.AsSpan(1);
        var end = path.IndexOfAny('/', '?', '#');
        return (end < 0 ? path : path[..end]).ToString();
    }
}

using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// Reads menu entries: the menu names of a page's <c>menu:</c>, and site.yml's <c>menus:</c> list of
/// <c>{menu, name, url, weight}</c> (links a page's front matter cannot give: other sites, or site paths such as <c>/moves/</c>).
/// </summary>
internal static class MenuReader
{
    private static readonly string[] EntryKeys = ["menu", "name", "url", "weight"];

    /// <summary>Whether <paramref name="menu"/> names a menu the theme shows; BRF042 when not.</summary>
    public static bool Check(Located<string> menu, DiagnosticBag diagnostics)
    {
        if (MenuNames.All.Contains(menu.Value))
        {
            return true;
        }

        var hint = Suggest.Closest(menu.Value.ToLowerInvariant(), MenuNames.All);
        diagnostics.Error(DiagnosticCodes.UnknownMenu, menu.Span,
            $"unknown menu '{menu.Value}' (the menus are {string.Join(" and ", MenuNames.All)}{(hint is null ? string.Empty : $"; did you mean '{hint}'?")})");
        return false;
    }

    /// <summary>site.yml's <c>menus:</c>, in the order written; entries with errors are left out (and reported).</summary>
    public static IReadOnlyList<MenuItem> ReadConfig(MappingReader site)
    {
        var items = new List<MenuItem>();
        foreach (var entry in site.MappingList("menus", EntryKeys))
        {
            var menu = entry.String("menu", required: true);
            var name = entry.String("name", required: true);
            var url = Url(entry.String("url", required: true), entry.Diagnostics);
            var weight = entry.PositiveInt("weight");
            if (menu is { } m && Check(m, entry.Diagnostics) && name is { } n && url is { } u)
            {
                items.Add(new MenuItem(m.Value, n.Value.Trim(), u.Value, weight?.Value) { Span = u.Span });
            }
        }

        return items;
    }

    /// <summary>
    /// An absolute http(s) URL, or a path of this site from its root (<c>/moves/</c>, written without the base path, which
    /// the theme adds); anything else (relative paths, <c>//host</c>, other schemes) is BRF018.
    /// </summary>
    private static Located<string>? Url(Located<string>? value, DiagnosticBag diagnostics)
    {
        if (value is not { } located)
        {
            return null;
        }

        var text = located.Value.Trim();
        if (text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal) && !text.Contains('\\')
            && Uri.TryCreate("https://site.invalid" + text, UriKind.Absolute, out _))
        {
            return located with { Value = text };
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host))
        {
            return located with { Value = uri.AbsoluteUri };
        }

        diagnostics.Error(DiagnosticCodes.InvalidUrl, located.Span,
            $"a menu's 'url' must be an absolute http(s) URL or a path of this site starting with '/', not '{located.Value}'");
        return null;
    }
}

namespace Briefing.Model;

/// <summary>
/// One link of a site menu: from a page's <c>menu:</c> or from the <c>menus:</c> list of <c>site.yml</c>.
/// </summary>
/// <param name="Menu">One of <see cref="MenuNames.All"/>.</param>
/// <param name="Url">A route of this site (<c>/about/</c>, written without the base path) or an absolute http(s) URL.</param>
/// <param name="Weight">Lower first; null after every weighted entry, by name.</param>
public sealed record MenuItem(string Menu, string Name, string Url, int? Weight)
{
    /// <summary>Where the entry was written (for diagnostics only; not part of any page).</summary>
    public SourceSpan? Span { get; init; }

    /// <summary>Whether <see cref="Url"/> leads off the site (absolute) rather than to one of its routes.</summary>
    public bool IsExternal => !Url.StartsWith('/');

    /// <summary>The one order of every menu: weight (unweighted last), then name, then URL.</summary>
    public static int Compare(MenuItem a, MenuItem b)
    {
        var byWeight = (a.Weight ?? int.MaxValue).CompareTo(b.Weight ?? int.MaxValue);
        if (byWeight != 0)
        {
            return byWeight;
        }

        var byName = StringComparer.InvariantCultureIgnoreCase.Compare(a.Name, b.Name);
        return byName != 0 ? byName : string.CompareOrdinal(a.Url, b.Url);
    }
}

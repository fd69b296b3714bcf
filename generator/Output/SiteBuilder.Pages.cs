using Briefing.Rendering;
using Briefing.Rendering.Views;

namespace Briefing.Output;

/// <summary>How a page job's views become the page's bytes: the layout rendered with the site, the page's meta and its view.</summary>
public static partial class SiteBuilder
{
    /// <summary>The page's UTF-8, valid until the thread renders another.</summary>
    private static ReadOnlySpan<byte> RenderPage(ThemeTemplates templates, ViewFactory views, string layout, (MetaView Meta, object Page) view)
    {
        var (meta, page) = view;
        var globals = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["site"] = views.Site,
            ["meta"] = meta,
            ["page"] = page,
        };
        return templates.RenderPage(layout, globals);
    }
}

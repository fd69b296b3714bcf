using System.Xml;
using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>Writes <c>sitemap.xml</c> (every page once, with <c>lastmod</c> where known) and <c>robots.txt</c>.</summary>
internal static class SitemapWriter
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Keeps the published sitemap (<paramref name="key"/> null: the build's fingerprint held), or writes it and records it under <paramref name="key"/>.</summary>
    public static void Publish(OutputFolder staging, RenderCache cache, UInt128? key, IEnumerable<PageJob> pages, SiteUrls urls)
    {
        if (key is not { } changed)
        {
            staging.Keep(Routes.Sitemap);
            return;
        }

        using (var sitemap = staging.Create(Routes.Sitemap))
        {
            Write(sitemap, pages, urls);
        }

        cache.Rendered(Routes.Sitemap, changed, UInt128.Zero);
    }

    public static void Write(Stream stream, IEnumerable<PageJob> pages, SiteUrls urls)
    {
        using var xml = XmlWriter.Create(stream, XmlText.Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", Ns);
        foreach (var page in pages.Where(p => p.Route != Routes.NotFound && p.Layout != "404" && p.Route != Routes.Search))
        {
            xml.WriteStartElement("url", Ns);
            xml.WriteElementString("loc", Ns, urls.Absolute(page.Route));
            if (page.LastModified is { } lastModified)
            {
                xml.WriteElementString("lastmod", Ns, lastModified.ToIso());
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    public static string Robots(SiteUrls urls) => $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(Routes.Sitemap)}\n";
}

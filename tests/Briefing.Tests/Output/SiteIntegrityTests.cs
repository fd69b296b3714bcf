using System.Xml.Linq;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>Whole-site properties: every internal link resolves, every page is reachable, the sitemap lists each page once.</summary>
public sealed class SiteIntegrityTests(BuiltFixture fixture) : IClassFixture<BuiltFixture>
{
    private const string BasePath = "/news/";

    [Fact]
    public void EveryInternalLinkAndAsset_ResolvesToAFile()
    {
        var broken = new List<string>();
        foreach (var file in HtmlFiles())
        {
            var doc = Html.Parse(File.ReadAllText(file));
            var refs = doc.QuerySelectorAll("[href],[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(h => h.StartsWith('/'));
            broken.AddRange(refs.Where(r => Resolve(r) is null).Select(r => $"{Path.GetRelativePath(fixture.Site.Output, file)} → {r}"));
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void EveryPage_IsReachableFromTheHomePage()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([Path.Combine(fixture.Site.Output, "index.html")]);
        while (queue.Count > 0)
        {
            var file = queue.Dequeue();
            if (!seen.Add(file))
            {
                continue;
            }

            var doc = Html.Parse(File.ReadAllText(file));
            foreach (var href in doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith(BasePath, StringComparison.Ordinal)))
            {
                if (Resolve(href) is { } target && target.EndsWith(".html", StringComparison.Ordinal))
                {
                    queue.Enqueue(target);
                }
            }
        }

        var unreachable = HtmlFiles().Where(f => !seen.Contains(f) && !f.EndsWith("404.html", StringComparison.Ordinal)).ToArray();
        Assert.Empty(unreachable);
    }

    [Fact]
    public void Sitemap_ListsEveryPageExactlyOnce_ExceptThe404AndSearch()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var doc = XDocument.Load(Path.Combine(fixture.Site.Output, "sitemap.xml"));
        var locs = doc.Descendants(ns + "loc").Select(l => l.Value).ToArray();
        var pages = HtmlFiles().Where(f => !f.EndsWith("404.html", StringComparison.Ordinal)
                && !f.EndsWith(Path.Combine("search", "index.html"), StringComparison.Ordinal))
            .Select(f => "https://example.org" + BasePath + Path.GetRelativePath(fixture.Site.Output, f).Replace('\\', '/').Replace("index.html", string.Empty, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(pages, locs.Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(doc.Descendants(ns + "url"), u => u.Element(ns + "loc")!.Value.EndsWith("/vasi-philomin-leaves-aws/", StringComparison.Ordinal)
            && u.Element(ns + "lastmod")!.Value == "2025-06-27T08:30:00+02:00");
        Assert.Contains("Sitemap: https://example.org/news/sitemap.xml", fixture.Site.ReadOutput("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Stylesheet_IsFingerprinted()
    {
        var css = Directory.GetFiles(Path.Combine(fixture.Site.Output, "assets"), "site.*.css").Single();

        Assert.Matches(@"site\.[0-9a-f]{10}\.css$", css);
    }

    private string[] HtmlFiles() => SitePages.Of(fixture.Site.Output).Order(StringComparer.Ordinal).ToArray();

    private string? Resolve(string href)
    {
        var path = href.Split('#', '?')[0];
        if (!path.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = path[BasePath.Length..];
        var full = Path.Combine(fixture.Site.Output, relative.EndsWith('/') || relative.Length == 0 ? relative + "index.html" : relative);
        return File.Exists(full) ? Path.GetFullPath(full) : null;
    }
}

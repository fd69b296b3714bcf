using AngleSharp.Dom;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary><c>/feeds/</c>: every feed with its absolute URL to copy, grouped; linked from every page's footer.</summary>
public sealed class FeedsPageTests(BuiltFixture fixture) : IClassFixture<BuiltFixture>
{
    private IDocument Page => Html.Load(fixture.Site, "feeds/index.html");

    [Fact]
    public void FeedsPage_ShowsTheAbsoluteUrlOfEveryFeedTheBuildWrote()
    {
        var shown = Page.QuerySelectorAll("main code").Select(c => c.TextContent.Trim()).ToHashSet(StringComparer.Ordinal);
        var written = Directory.GetFiles(fixture.Site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(fixture.Site.Output, f).Replace('\\', '/'))
            .Where(f => f.EndsWith("feed.xml", StringComparison.Ordinal) || f is "atom.xml" or "feed.json" or "feeds.opml")
            .Select(f => "https://example.org/news/" + f)
            .ToArray();

        Assert.Equal(3 + 1 + 5 + 4 + 3 + 1 + 1 + 1 + 1, written.Length); // site RSS, Atom, JSON; moves; companies; people; tags; authors; OPML; corrections; digest
        Assert.All(written, url => Assert.Contains(url, shown));
    }

    [Fact]
    public void FeedsPage_GroupsSiteCompaniesPeopleAndTags_EachListAToZ()
    {
        var doc = Page;
        var groups = doc.QuerySelectorAll("main section").ToArray();

        Assert.Equal(["Site", "Companies", "People", "Tags", "Authors"], groups.Select(g => g.QuerySelector("h2")!.FirstChild!.TextContent.Trim()));
        Assert.Equal(["Amazon", "Amazon Web Services", "Meta", "OpenAI", "智源智能"],
            groups[1].QuerySelectorAll(".feed-name a").Select(a => a.TextContent.Trim()));
        Assert.Equal(6, groups[0].QuerySelectorAll("li").Length); // RSS, Atom, JSON Feed, talent moves, corrections, weekly digest
        Assert.Contains(groups[2].QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "/news/people/jose-nunez/feed.xml");
        Assert.Contains(groups[2].QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "/news/people/feeds.opml");
        Assert.Contains(groups[4].QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "/news/authors/ana-ruiz/feed.xml");
        Assert.Contains(groups[4].QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "/news/authors/feeds.opml");
    }

    [Fact]
    public void EveryPage_LinksTheFeedsPageFromItsFooter()
    {
        foreach (var file in SitePages.Of(fixture.Site.Output))
        {
            var doc = Html.Parse(File.ReadAllText(file));
            Assert.Contains(doc.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/news/feeds/");
        }
    }

    [Fact]
    public void Sitemap_ListsTheFeedsPage_ButNoFeed()
    {
        var locs = Feeds.Xml(fixture.Site, "sitemap.xml").Descendants().Where(e => e.Name.LocalName == "loc").Select(l => l.Value).ToArray();

        Assert.Single(locs, "https://example.org/news/feeds/");
        Assert.All(locs, l => Assert.EndsWith("/", l, StringComparison.Ordinal));
    }
}

using System.Text.Json;
using System.Xml.Linq;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>Every feed of the real site (content/) parses with an independent parser and points at pages that exist.</summary>
public sealed class RealContentFeedTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create(string.Empty, withTheme: false);

    public RealContentFeedTests()
    {
        TestSite.CopyDirectory(Path.Combine(RepoPaths.Root, "content"), Path.Combine(_site.Root, "content"));
        TestSite.CopyDirectory(RepoPaths.Theme, Path.Combine(_site.Root, "themes", "briefing"));
        var run = _site.Build();
        Assert.True(run.ExitCode == 0, run.Stderr);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void EveryRssAndAtomFeed_Parses_WithItemsNewestFirstAndPagesThatExist()
    {
        var baseUrl = XDocument.Load(Path.Combine(_site.Output, "feed.xml")).Root!.Element("channel")!.Element("link")!.Value;
        var files = Directory.GetFiles(_site.Output, "feed.xml", SearchOption.AllDirectories).Append(Path.Combine(_site.Output, "atom.xml")).ToArray();
        var entities = new[] { "companies", "people" }.Sum(f => Directory.GetFiles(Path.Combine(RepoPaths.Root, "content", f), "*.yml").Length);

        Assert.True(files.Length > entities + 2, $"{files.Length} feeds for {entities} companies and people");
        foreach (var file in files)
        {
            var feed = Feeds.Syndication(file);
            var items = feed.Items.ToArray();
            Assert.True(items.Zip(items.Skip(1)).All(p => p.First.PublishDate >= p.Second.PublishDate), file);
            Assert.Equal(items.Length, items.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());
            Assert.All(items, i => Assert.True(_site.OutputExists(Feeds.FileOf(i.Links[0].Uri.AbsoluteUri, baseUrl)), $"{file}: {i.Id}"));
            Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i.Title.Text)));
        }
    }

    [Fact]
    public void JsonFeedAndOpml_Parse()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site.Output, "feed.json")));
        var opml = XDocument.Load(Path.Combine(_site.Output, "feeds.opml"));

        Assert.Equal("https://jsonfeed.org/version/1.1", json.RootElement.GetProperty("version").GetString());
        Assert.True(json.RootElement.GetProperty("items").GetArrayLength() > 0);
        var outlines = opml.Descendants("outline").Count(o => (string?)o.Attribute("type") == "rss");
        Assert.Equal(Directory.GetFiles(_site.Output, "feed.xml", SearchOption.AllDirectories).Length - 3, outlines); // all but the site, moves and digest feeds
    }

    [Fact]
    public void EveryJsonLdBlock_OfTheRealSite_Parses()
    {
        foreach (var file in SitePages.Of(_site.Output))
        {
            // The search page's own script (loading Pagefind) is the only other script.
            var doc = Html.Parse(File.ReadAllText(file));
            Assert.True(doc.QuerySelectorAll("script:not([type])").Length == 0 || file.EndsWith(Path.Combine("search", "index.html"), StringComparison.Ordinal), file);
            var scripts = doc.QuerySelectorAll("script[type]").ToArray();
            Assert.True(scripts.Length <= 1, file);
            foreach (var script in scripts)
            {
                Assert.Equal("application/ld+json", script.GetAttribute("type"));
                using var ld = JsonDocument.Parse(script.TextContent);
                Assert.Equal("https://schema.org", ld.RootElement.GetProperty("@context").GetString());
            }
        }
    }
}

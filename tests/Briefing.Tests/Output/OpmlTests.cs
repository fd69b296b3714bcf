using System.Xml.Linq;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>OPML 2.0 subscription lists: one outline per entity feed, each pointing at a feed and a page that exist.</summary>
public sealed class OpmlTests(BuiltFixture fixture) : IClassFixture<BuiltFixture>
{
    private static XElement[] FeedOutlines(XDocument doc) =>
        doc.Descendants("outline").Where(o => (string?)o.Attribute("type") == "rss").ToArray();

    [Fact]
    public void FeedsOpml_HasOneOutlinePerCompanyPersonAndTagFeed_Grouped()
    {
        var doc = Feeds.Xml(fixture.Site, "feeds.opml");
        var outlines = FeedOutlines(doc);

        Assert.Equal("2.0", doc.Root!.Attribute("version")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(doc.Root.Element("head")!.Element("title")!.Value));
        Assert.Equal(5 + 4 + 3 + 1 + 1, outlines.Length); // companies, people, tags, authors, corrections
        Assert.Equal(outlines.Length, outlines.Select(o => o.Attribute("xmlUrl")!.Value).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["Companies", "People", "Tags", "Authors", "Corrections"], doc.Root.Element("body")!.Elements("outline").Select(o => o.Attribute("text")!.Value));
        Assert.Contains(outlines, o => o.Attribute("text")!.Value == "José Núñez"
            && o.Attribute("title")!.Value == "José Núñez"
            && o.Attribute("xmlUrl")!.Value == "https://example.org/news/people/jose-nunez/feed.xml"
            && o.Attribute("htmlUrl")!.Value == "https://example.org/news/people/jose-nunez/");
    }

    [Theory]
    [InlineData("feeds.opml")]
    [InlineData("companies/feeds.opml")]
    [InlineData("people/feeds.opml")]
    [InlineData("tags/feeds.opml")]
    [InlineData("authors/feeds.opml")]
    public void EveryOutline_PointsAtAFeedThatParses_AndAPageThatExists(string path)
    {
        var outlines = FeedOutlines(Feeds.Xml(fixture.Site, path));

        Assert.NotEmpty(outlines);
        foreach (var outline in outlines)
        {
            Assert.False(string.IsNullOrWhiteSpace(outline.Attribute("text")!.Value));
            var feed = Feeds.Syndication(fixture.Site, Feeds.FileOf(outline.Attribute("xmlUrl")!.Value));
            Assert.NotNull(feed.Title);
            Assert.True(fixture.Site.OutputExists(Feeds.FileOf(outline.Attribute("htmlUrl")!.Value)));
        }
    }

    [Theory]
    [InlineData("companies/feeds.opml", "companies/", 5)]
    [InlineData("people/feeds.opml", "people/", 4)]
    [InlineData("tags/feeds.opml", "tags/", 3)]
    [InlineData("authors/feeds.opml", "authors/", 1)]
    public void GroupOpml_ListsOnlyThatGroupsFeeds(string path, string prefix, int count)
    {
        var outlines = FeedOutlines(Feeds.Xml(fixture.Site, path));

        Assert.Equal(count, outlines.Length);
        Assert.All(outlines, o => Assert.StartsWith("https://example.org/news/" + prefix, o.Attribute("xmlUrl")!.Value, StringComparison.Ordinal));
    }
}

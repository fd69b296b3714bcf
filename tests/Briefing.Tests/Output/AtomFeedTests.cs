using System.ServiceModel.Syndication;
using System.Xml.Linq;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>The site's Atom 1.0 feed (<c>/atom.xml</c>), read with System.ServiceModel.Syndication and checked against RFC 4287.</summary>
public sealed class AtomFeedTests(BuiltFixture fixture) : IClassFixture<BuiltFixture>
{
    private SyndicationFeed Feed => Feeds.Syndication(fixture.Site, "atom.xml");

    private XElement Root => Feeds.Xml(fixture.Site, "atom.xml").Root!;

    [Fact]
    public void AtomFeed_HoldsFeedItemsNewestFirst_WithPermalinkIds()
    {
        var items = Feed.Items.ToArray();

        Assert.Equal(
            ["AWS loses generative-AI chief Vasi Philomin", "Meta poaches three OpenAI researchers", Feeds.TortureTitle],
            items.Select(i => i.Title.Text));
        Assert.Equal("https://example.org/news/briefings/2025/vasi-philomin-leaves-aws/", items[0].Id);
        Assert.All(items, i => Assert.Equal(i.Id, i.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri));
        Assert.True(items.Zip(items.Skip(1)).All(p => p.First.PublishDate >= p.Second.PublishDate));
    }

    [Fact]
    public void AtomEntries_ArePublishedAndUpdated_WithTheirOffsets()
    {
        var items = Feed.Items.ToArray();

        Assert.Equal(new DateTimeOffset(2025, 6, 26, 9, 0, 0, TimeSpan.Zero), items[0].PublishDate);
        Assert.Equal(new DateTimeOffset(2025, 6, 27, 8, 30, 0, TimeSpan.FromHours(2)), items[0].LastUpdatedTime);
        Assert.Equal(TimeSpan.FromHours(2), items[0].LastUpdatedTime.Offset);
        Assert.Equal(new DateTimeOffset(2025, 6, 25, 18, 0, 0, TimeSpan.FromHours(2)), items[1].PublishDate);
        Assert.Equal(new DateTimeOffset(2025, 6, 26, 12, 0, 0, TimeSpan.Zero), items[1].LastUpdatedTime); // no 'updated': its newest correction
        Assert.Equal(new DateTimeOffset(2025, 6, 27, 8, 30, 0, TimeSpan.FromHours(2)), Feed.LastUpdatedTime);
    }

    [Fact]
    public void AtomFeed_HasTheElementsRfc4287Requires()
    {
        var root = Root;
        XNamespace a = Feeds.Atom;

        Assert.Equal(a + "feed", root.Name);
        Assert.Equal("https://example.org/news/atom.xml", root.Element(a + "id")!.Value);
        Assert.Equal("Fixture Briefing", root.Element(a + "title")!.Value);
        Assert.Equal("2025-06-27T08:30:00+02:00", root.Element(a + "updated")!.Value);
        Assert.Equal("The Fixture desk", root.Element(a + "author")!.Element(a + "name")!.Value);
        Assert.Equal("https://example.org/news/atom.xml",
            root.Elements(a + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.Equal("https://example.org/news/",
            root.Elements(a + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
        foreach (var entry in root.Elements(a + "entry"))
        {
            foreach (var required in new[] { "id", "title", "updated", "published", "summary", "content" })
            {
                Assert.Single(entry.Elements(a + required));
            }

            Assert.True(Uri.IsWellFormedUriString(entry.Element(a + "id")!.Value, UriKind.Absolute));
            Assert.Equal("html", entry.Element(a + "content")!.Attribute("type")!.Value);
            Assert.Single(entry.Elements(a + "link"), l => (string?)l.Attribute("rel") == "alternate");
        }
    }

    [Fact]
    public void AtomEntries_CarryHtmlContentWithAbsoluteLinks_AndCategoriesWithTermAndLabel()
    {
        var first = Feed.Items.First();
        var content = Assert.IsType<TextSyndicationContent>(first.Content);

        Assert.Equal("html", content.Type);
        Assert.Contains("href=\"https://example.org/news/companies/aws/\"", content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/", content.Text, StringComparison.Ordinal);
        Assert.Equal("Vasi Philomin has left AWS; Rajesh Sheth takes over some of his duties.", first.Summary.Text);
        Assert.Equal(
            [
                ("aws", "Amazon Web Services", "https://example.org/news/companies/"),
                ("openai", "OpenAI", "https://example.org/news/companies/"),
                ("vasi-philomin", "Vasi Philomin", "https://example.org/news/people/"),
                ("rajesh-sheth", "Rajesh Sheth", "https://example.org/news/people/"),
                ("talent-war", "talent-war", "https://example.org/news/tags/"),
                ("leadership", "leadership", "https://example.org/news/tags/"),
            ],
            first.Categories.Select(c => (c.Name, c.Label, c.Scheme)));
    }

    [Fact]
    public void TortureTitleAndSummary_RoundTripExactly()
    {
        var torture = Feed.Items.Single(i => i.Id.EndsWith("/escape-torture/", StringComparison.Ordinal));

        Assert.Equal(Feeds.TortureTitle, torture.Title.Text);
        Assert.Equal("Summary with <b>tags</b> & \"quotes\" and </script> inside.", torture.Summary.Text);
        Assert.Contains(torture.Categories, c => c.Label == "José Núñez" && c.Name == "jose-nunez");
        Assert.Contains(torture.Categories, c => c.Label == "智源智能");
    }
}

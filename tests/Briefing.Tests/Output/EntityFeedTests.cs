using System.Xml.Linq;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>The RSS feed of every company, person and tag of the fixture site, read with System.ServiceModel.Syndication.</summary>
public sealed class EntityFeedTests(BuiltFixture fixture) : IClassFixture<BuiltFixture>
{
    private const string Base = "https://example.org/news/";

    public static TheoryData<string, string[]> EntityFeeds => new()
    {
        { "companies/amazon/feed.xml", ["briefings/2025/vasi-philomin-leaves-aws/", "briefings/2024/older-amazon-briefing/"] },
        { "companies/aws/feed.xml", ["briefings/2025/vasi-philomin-leaves-aws/"] },
        { "companies/meta/feed.xml", ["briefings/2025/meta-poaches-openai-researchers/", "briefings/2025/escape-torture/"] },
        { "companies/openai/feed.xml", ["briefings/2025/vasi-philomin-leaves-aws/", "briefings/2025/meta-poaches-openai-researchers/", "briefings/2025/openai-opens-zurich-lab/"] },
        { "companies/zhi-yuan-ai/feed.xml", ["briefings/2025/escape-torture/"] },
        { "people/jose-nunez/feed.xml", ["briefings/2025/escape-torture/"] },
        { "people/rajesh-sheth/feed.xml", ["briefings/2025/vasi-philomin-leaves-aws/", "briefings/2024/older-amazon-briefing/"] },
        { "people/vasi-philomin/feed.xml", ["briefings/2025/vasi-philomin-leaves-aws/"] },
        { "people/unmentioned-person/feed.xml", [] },
        { "tags/escaping/feed.xml", ["briefings/2025/escape-torture/"] },
        { "tags/leadership/feed.xml", ["briefings/2025/vasi-philomin-leaves-aws/", "briefings/2025/openai-opens-zurich-lab/", "briefings/2024/older-amazon-briefing/"] },
        { "tags/talent-war/feed.xml", ["briefings/2025/vasi-philomin-leaves-aws/", "briefings/2025/meta-poaches-openai-researchers/"] },
    };

    [Theory]
    [MemberData(nameof(EntityFeeds))]
    public void EntityFeed_HoldsExactlyItsBriefings_NewestFirst_WithPermalinkGuids(string path, string[] expected)
    {
        var feed = Feeds.Syndication(fixture.Site, path);
        var items = feed.Items.ToArray();

        Assert.Equal(expected.Select(e => Base + e), items.Select(i => i.Id));
        Assert.All(items, i => Assert.Equal(i.Id, i.Links.Single(l => l.RelationshipType != "enclosure").Uri.AbsoluteUri));
        Assert.True(items.Zip(items.Skip(1)).All(p => p.First.PublishDate >= p.Second.PublishDate));
        Assert.All(items, i => Assert.True(fixture.Site.OutputExists(Feeds.FileOf(i.Id)), i.Id));
    }

    [Fact]
    public void EveryCompanyPersonAndTag_HasAFeedBesideItsPage()
    {
        foreach (var folder in new[] { "companies", "people", "tags" })
        {
            var pages = Directory.GetDirectories(Path.Combine(fixture.Site.Output, folder))
                .Where(d => File.Exists(Path.Combine(d, "index.html"))).ToArray();
            Assert.NotEmpty(pages);
            Assert.All(pages, d => Assert.True(File.Exists(Path.Combine(d, "feed.xml")), d));
        }
    }

    [Fact]
    public void ParentCompanyFeed_IncludesItsSubsidiarysBriefing_WithFullTextAndWorkingLinks()
    {
        var doc = Feeds.Xml(fixture.Site, "companies/amazon/feed.xml");
        var aws = doc.Descendants("item").Single(i => i.Element("link")!.Value.EndsWith("/vasi-philomin-leaves-aws/", StringComparison.Ordinal));
        var body = aws.Element(Feeds.Content + "encoded")!.Value;

        Assert.Contains("after eight years", body, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/news/companies/aws/\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/", body, StringComparison.Ordinal);
        Assert.Contains("Amazon Web Services", aws.Elements("category").Select(c => c.Value));
    }

    [Fact]
    public void EntityFeedChannel_HasTitleLinkDescriptionLanguageSelfLinkAndLastBuildDate()
    {
        var feed = Feeds.Syndication(fixture.Site, "companies/amazon/feed.xml");
        var channel = Feeds.Xml(fixture.Site, "companies/amazon/feed.xml").Root!.Element("channel")!;

        Assert.Equal("Amazon – Fixture Briefing", feed.Title.Text);
        Assert.Equal("Online retail and cloud computing.", feed.Description.Text);
        Assert.Equal("https://example.org/news/companies/amazon/", feed.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
        Assert.Equal("en", feed.Language);
        Assert.Equal("Briefing", feed.Generator);
        Assert.Equal("https://example.org/news/companies/amazon/feed.xml",
            channel.Element(Feeds.Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("self", channel.Element(Feeds.Atom + "link")!.Attribute("rel")!.Value);

        // The newest item's updated date, never the clock.
        Assert.Equal(new DateTimeOffset(2025, 6, 27, 8, 30, 0, TimeSpan.FromHours(2)), feed.LastUpdatedTime);
        Assert.Equal("Fri, 27 Jun 2025 08:30:00 +0200", channel.Element("lastBuildDate")!.Value);
    }

    [Fact]
    public void EntityWithoutBriefings_GetsAValidEmptyFeed_WithoutLastBuildDate()
    {
        var feed = Feeds.Syndication(fixture.Site, "people/unmentioned-person/feed.xml");
        var channel = Feeds.Xml(fixture.Site, "people/unmentioned-person/feed.xml").Root!.Element("channel")!;

        Assert.Empty(feed.Items);
        Assert.Equal("Zoë Quiet – Fixture Briefing", feed.Title.Text);
        Assert.Equal("Briefings and career moves of Zoë Quiet.", feed.Description.Text);
        Assert.Null(channel.Element("lastBuildDate"));
    }

    [Fact]
    public void EntityFeedItems_HaveRfc822DatesWithTheirOwnOffsets()
    {
        var doc = Feeds.Xml(fixture.Site, "companies/amazon/feed.xml");
        var dates = doc.Descendants("item").Select(i => i.Element("pubDate")!.Value).ToArray();
        var items = Feeds.Syndication(fixture.Site, "companies/amazon/feed.xml").Items.ToArray();

        Assert.Equal(["Thu, 26 Jun 2025 09:00:00 +0000", "Sat, 02 Nov 2024 10:15:00 -0500"], dates);
        Assert.Equal(TimeSpan.FromHours(-5), items[1].PublishDate.Offset);
        Assert.Equal(new DateTimeOffset(2024, 11, 2, 10, 15, 0, TimeSpan.FromHours(-5)), items[1].PublishDate);
    }

    [Fact]
    public void EntityFeedItems_CarryACategoryPerCompanyPersonAndTag_WithTheirTaxonomy()
    {
        var item = Feeds.Xml(fixture.Site, "people/jose-nunez/feed.xml").Descendants("item").Single();

        Assert.Equal(
            [
                ("https://example.org/news/companies/", "Meta"),
                ("https://example.org/news/companies/", "智源智能"),
                ("https://example.org/news/people/", "José Núñez"),
                ("https://example.org/news/tags/", "escaping"),
            ],
            item.Elements("category").Select(c => (c.Attribute("domain")!.Value, c.Value)));
    }

    [Fact]
    public void TortureTitle_RoundTripsExactly_ThroughAnEntityFeed()
    {
        var item = Feeds.Syndication(fixture.Site, "people/jose-nunez/feed.xml").Items.Single();

        Assert.Equal(Feeds.TortureTitle, item.Title.Text);
        Assert.Equal("Summary with <b>tags</b> & \"quotes\" and </script> inside.", Feeds.TextOfHtml(item.Summary.Text)); // RSS description is HTML
    }

    [Fact]
    public void EveryRssFeed_HasTheRequiredChannelAndItemElements()
    {
        var files = Directory.GetFiles(fixture.Site.Output, "feed.xml", SearchOption.AllDirectories);
        Assert.Equal(1 + 1 + 5 + 4 + 3 + 1 + 1 + 1, files.Length); // site, moves, companies, people, tags, authors, corrections, digest
        foreach (var file in files)
        {
            var rss = XDocument.Load(file).Root!;
            Assert.Equal("rss", rss.Name.LocalName);
            Assert.Equal("2.0", rss.Attribute("version")!.Value);
            var channel = Assert.Single(rss.Elements("channel"));
            foreach (var required in new[] { "title", "link", "description" })
            {
                Assert.False(string.IsNullOrWhiteSpace(channel.Element(required)?.Value), $"{file}: channel/{required}");
            }

            foreach (var item in channel.Elements("item"))
            {
                foreach (var required in new[] { "title", "link", "description", "guid", "pubDate" })
                {
                    Assert.False(string.IsNullOrWhiteSpace(item.Element(required)?.Value), $"{file}: item/{required}");
                }

                // A move's guid is its identity (who, from, to, date), not a page: see MovesFeedTests.
                var permalink = !file.Replace('\\', '/').EndsWith("/moves/feed.xml", StringComparison.Ordinal);
                Assert.Equal(permalink ? "true" : "false", item.Element("guid")!.Attribute("isPermaLink")!.Value);
                Assert.True(Uri.IsWellFormedUriString(item.Element("link")!.Value, UriKind.Absolute));
            }

            // Only the elements RSS 2.0 defines, plus the atom:link and content:encoded extensions.
            Assert.All(channel.Elements(), e => Assert.Contains(e.Name.LocalName, new[] { "title", "link", "description", "language", "link", "lastBuildDate", "generator", "item" }));
        }
    }
}

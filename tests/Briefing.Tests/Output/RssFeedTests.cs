using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>The site feed, read with an independent strict parser (System.ServiceModel.Syndication).</summary>
public sealed class RssFeedTests(BuiltFixture fixture) : IClassFixture<BuiltFixture>
{
    private SyndicationFeed Load()
    {
        using var reader = XmlReader.Create(Path.Combine(fixture.Site.Output, "feed.xml"));
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public void Feed_HoldsFeedItemsNewestFirst_WithAbsolutePermalinkGuids()
    {
        var feed = Load();
        var items = feed.Items.ToArray();

        Assert.Equal(3, items.Length); // feed_items: 3
        Assert.Equal(
            ["AWS loses generative-AI chief Vasi Philomin", "Meta poaches three OpenAI researchers", "Q&A: <script>alert(1)</script> \"quoted\" 'single' & José"],
            items.Select(i => i.Title.Text));
        Assert.All(items, i => Assert.Equal(i.Links[0].Uri.AbsoluteUri, i.Id));
        Assert.Equal("https://example.org/news/briefings/2025/vasi-philomin-leaves-aws/", items[0].Id);
        Assert.True(items.Zip(items.Skip(1)).All(p => p.First.PublishDate >= p.Second.PublishDate));
    }

    [Fact]
    public void Feed_DatesKeepTheirOffsets_AndLastBuildDateIsTheNewestItemNotTheClock()
    {
        var feed = Load();
        var items = feed.Items.ToArray();

        Assert.Equal(new DateTimeOffset(2025, 6, 26, 9, 0, 0, TimeSpan.Zero), items[0].PublishDate);
        Assert.Equal(new DateTimeOffset(2025, 6, 25, 18, 0, 0, TimeSpan.FromHours(2)), items[1].PublishDate);
        Assert.Equal(new DateTimeOffset(2025, 6, 27, 8, 30, 0, TimeSpan.FromHours(2)), feed.LastUpdatedTime);
    }

    [Fact]
    public void FeedItems_CarrySummaryCategoriesAndFullContentWithAbsoluteLinks()
    {
        var doc = XDocument.Load(Path.Combine(fixture.Site.Output, "feed.xml"));
        XNamespace content = "http://purl.org/rss/1.0/modules/content/";
        var first = doc.Descendants("item").First();

        Assert.Equal("Vasi Philomin has left AWS; Rajesh Sheth takes over some of his duties.", first.Element("description")!.Value);
        Assert.Equal(["Amazon Web Services", "OpenAI", "Vasi Philomin", "Rajesh Sheth", "talent-war", "leadership"],
            first.Elements("category").Select(c => c.Value));
        var body = first.Element(content + "encoded")!.Value;
        Assert.Contains("href=\"https://example.org/news/companies/aws/\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/", body, StringComparison.Ordinal);
    }

    [Fact]
    public void FeedChannel_HasSelfLinkLanguageAndGenerator()
    {
        var doc = XDocument.Load(Path.Combine(fixture.Site.Output, "feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var channel = doc.Root!.Element("channel")!;

        Assert.Equal("https://example.org/news/feed.xml", channel.Element(atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("en", channel.Element("language")!.Value);
        Assert.Equal("Briefing", channel.Element("generator")!.Value);
        Assert.Equal("A fixture site for tests: escaping & edge cases.", Feeds.TextOfHtml(channel.Element("description")!.Value)); // read as HTML
    }

    [Fact]
    public void FeedGuids_StayTheSame_WhenABriefingBodyIsEdited()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);
        var before = XDocument.Load(Path.Combine(site.Output, "feed.xml")).Descendants("guid").Select(g => g.Value).ToArray();
        var path = Path.Combine(site.Root, "content/briefings/2025/vasi-philomin-leaves-aws.md");
        File.WriteAllText(path, File.ReadAllText(path) + "\nAn added paragraph.\n");

        Assert.Equal(0, site.Build().ExitCode);
        var after = XDocument.Load(Path.Combine(site.Output, "feed.xml")).Descendants("guid").Select(g => g.Value).ToArray();

        Assert.Equal(before, after);
        Assert.Equal(after.Length, after.Distinct().Count());
    }

    [Fact]
    public void AnItem_IsTheSameXml_InEveryFeedThatCarriesIt_AndEachFeedStaysIndented()
    {
        // Items are written once and copied into each feed: the site's, the companies' and the people's must agree.
        string[] feeds = ["feed.xml", "companies/aws/feed.xml", "companies/openai/feed.xml", "people/vasi-philomin/feed.xml"];
        var items = feeds.Select(f => XDocument.Load(Path.Combine(fixture.Site.Output, f)).Descendants("item")
            .Single(i => i.Element("guid")!.Value == "https://example.org/news/briefings/2025/vasi-philomin-leaves-aws/")).ToArray();
        Assert.All(items, item => Assert.Equal(items[0].ToString(SaveOptions.DisableFormatting), item.ToString(SaveOptions.DisableFormatting)));
        Assert.All(items, item => Assert.Null(item.Attribute(XNamespace.Xmlns + "content"))); // declared once, on <rss>

        var text = File.ReadAllText(Path.Combine(fixture.Site.Output, "companies/openai/feed.xml"));
        Assert.Contains("</generator>\n    <item>\n      <title>", text, StringComparison.Ordinal);
        Assert.Contains("</item>\n    <item>", text, StringComparison.Ordinal);
        Assert.EndsWith("</item>\n  </channel>\n</rss>", text, StringComparison.Ordinal);
    }
}

using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary><c>feed_items</c> caps every feed at the newest briefings; shorter feeds hold all of theirs.</summary>
public sealed class FeedItemLimitTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create("""
        -- content/site.yml --
        title: Limits
        base_url: https://example.org/
        description: Feed limits.
        language: en-GB
        feed_items: 2
        -- content/companies/acme.yml --
        name: Acme
        -- content/companies/solo.yml --
        name: Solo
        -- content/people/ada.yml --
        name: Ada
        -- content/briefings/2025/one.md --
        ---
        title: "One"
        date: 2025-01-01T09:00:00+01:00
        summary: "First."
        companies: [acme]
        ---
        One.
        -- content/briefings/2025/two.md --
        ---
        title: "Two"
        date: 2025-02-01T09:00:00+01:00
        summary: "Second."
        companies: [acme, solo]
        ---
        Two.
        -- content/briefings/2025/three.md --
        ---
        title: "Three"
        date: 2025-03-01T09:00:00-08:00
        summary: "Third."
        companies: [acme]
        people: [ada]
        ---
        Three.
        """);

    public FeedItemLimitTests()
    {
        var run = _site.Build();
        Assert.True(run.ExitCode == 0, run.Stderr);
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    [InlineData("companies/acme/feed.xml")]
    public void LongFeeds_HoldTheNewestFeedItems(string path)
    {
        var titles = Feeds.Syndication(_site, path).Items.Select(i => i.Title.Text).ToArray();

        Assert.Equal(["Three", "Two"], titles);
    }

    [Fact]
    public void JsonFeed_HoldsTheNewestFeedItems()
    {
        using var json = Feeds.Json(_site, "feed.json");

        Assert.Equal(["Three", "Two"], json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData("companies/solo/feed.xml", new[] { "Two" })]
    [InlineData("people/ada/feed.xml", new[] { "Three" })]
    public void ShorterFeeds_HoldAllTheirBriefings(string path, string[] expected)
    {
        Assert.Equal(expected, Feeds.Syndication(_site, path).Items.Select(i => i.Title.Text));
    }

    [Fact]
    public void LanguageWithARegion_IsTheFeedLanguage_AndTheOpenGraphLocale()
    {
        var doc = Html.Load(_site, "index.html");

        Assert.Equal("en-GB", Feeds.Syndication(_site, "feed.xml").Language);
        Assert.Equal("en_GB", doc.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
    }
}

using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>A feed reader never shows an item twice: ids depend on the permalink only, not on the content.</summary>
public sealed class FeedGuidStabilityTests
{
    private static readonly string[] XmlFeeds =
    [
        "feed.xml", "atom.xml", "companies/amazon/feed.xml", "companies/aws/feed.xml", "people/vasi-philomin/feed.xml", "tags/talent-war/feed.xml",
    ];

    [Fact]
    public void ItemIds_StayTheSame_AcrossTwoBuildsWithAnEditedBody_InEveryFormat()
    {
        // Given the fixture site, built once
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);
        var before = Ids(site);

        // When a briefing's body is edited and the site is built again
        var path = Path.Combine(site.Root, "content/briefings/2025/vasi-philomin-leaves-aws.md");
        File.WriteAllText(path, File.ReadAllText(path) + "\nAn added paragraph.\n");
        Assert.Equal(0, site.Build().ExitCode);
        var after = Ids(site);

        // Then the content changed, every id stayed, and ids are unique within each feed
        Assert.Contains("An added paragraph.", Feeds.Xml(site, "feed.xml").ToString(), StringComparison.Ordinal);
        Assert.Equal(before, after);
        Assert.All(after.Values, ids => Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count()));
    }

    [Fact]
    public void ARenamedBriefingWithItsOldUrlAsAlias_KeepsItsId_InRssAtomAndJsonFeed()
    {
        // Given the fixture site, built once
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);
        var before = Ids(site);

        // When a briefing is renamed (a new slug) with its old URL as an alias, and the site is built again
        var path = Path.Combine(site.Root, "content/briefings/2025/vasi-philomin-leaves-aws.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("summary:",
            "slug: philomin-exits-aws\naliases: [/briefings/2025/vasi-philomin-leaves-aws/]\nsummary:", StringComparison.Ordinal));
        var run = site.Build();
        Assert.Equal(0, run.ExitCode);
        var after = Ids(site);

        // Then its link is the new URL while every id, in every format, is what it was
        Assert.Contains("https://example.org/news/briefings/2025/philomin-exits-aws/", Feeds.Xml(site, "feed.xml").ToString(), StringComparison.Ordinal);
        Assert.Contains("https://example.org/news/briefings/2025/philomin-exits-aws/",
            Feeds.Syndication(site, "atom.xml").Items.SelectMany(i => i.Links).Select(l => l.Uri.AbsoluteUri));
        Assert.Contains("https://example.org/news/briefings/2025/vasi-philomin-leaves-aws/", after["feed.json"]);
        Assert.Equal(before, after);
        Assert.DoesNotContain(run.Stderr.Split('\n'), l => l.Contains("BRF052", StringComparison.Ordinal));
    }

    private static Dictionary<string, string[]> Ids(TestSite site)
    {
        var ids = XmlFeeds.ToDictionary(f => f, f => Feeds.Syndication(site, f).Items.Select(i => i.Id).ToArray());
        using var json = Feeds.Json(site, "feed.json");
        ids["feed.json"] = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToArray();
        Assert.All(ids.Values, list => Assert.All(list, id => Assert.StartsWith("https://example.org/news/briefings/", id, StringComparison.Ordinal)));
        return ids;
    }
}

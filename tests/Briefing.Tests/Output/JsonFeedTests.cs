using System.Globalization;
using System.Text.Json;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>The site's JSON Feed 1.1 (<c>/feed.json</c>), parsed with System.Text.Json and checked against the spec.</summary>
public sealed class JsonFeedTests(BuiltFixture fixture) : IClassFixture<BuiltFixture>
{
    private JsonElement Root()
    {
        using var doc = Feeds.Json(fixture.Site, "feed.json");
        return doc.RootElement.Clone();
    }

    private JsonElement[] Items() => Root().GetProperty("items").EnumerateArray().ToArray();

    [Fact]
    public void JsonFeed_HasTheTopLevelKeysTheSpecRequires()
    {
        var root = Root();

        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("Fixture Briefing", root.GetProperty("title").GetString());
        Assert.Equal("https://example.org/news/", root.GetProperty("home_page_url").GetString());
        Assert.Equal("https://example.org/news/feed.json", root.GetProperty("feed_url").GetString());
        Assert.Equal("A fixture site for tests: escaping & edge cases.", root.GetProperty("description").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Equal("The Fixture desk", root.GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("items").ValueKind);
    }

    [Fact]
    public void JsonFeedItems_AreNewestFirst_WithUniquePermalinkIds_AndTheRequiredKeys()
    {
        var items = Items();

        Assert.Equal(3, items.Length);
        var ids = items.Select(i => i.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(ids, items.Select(i => i.GetProperty("url").GetString()));
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("https://example.org/news/briefings/2025/vasi-philomin-leaves-aws/", ids[0]);
        var published = items.Select(i => DateTimeOffset.Parse(i.GetProperty("date_published").GetString()!, CultureInfo.InvariantCulture)).ToArray();
        Assert.True(published.Zip(published.Skip(1)).All(p => p.First >= p.Second));
        foreach (var item in items)
        {
            foreach (var key in new[] { "title", "summary", "content_html", "date_published", "tags", "authors" })
            {
                Assert.True(item.TryGetProperty(key, out _), key);
            }
        }
    }

    [Fact]
    public void DatesKeepTheirOffsets_AndOnlyUpdatedBriefingsHaveDateModified()
    {
        var items = Items();

        Assert.Equal("2025-06-26T09:00:00+00:00", items[0].GetProperty("date_published").GetString());
        Assert.Equal("2025-06-27T08:30:00+02:00", items[0].GetProperty("date_modified").GetString());
        Assert.Equal("2025-06-25T18:00:00+02:00", items[1].GetProperty("date_published").GetString());
        Assert.Equal("2025-06-26T12:00:00+00:00", items[1].GetProperty("date_modified").GetString()); // no 'updated': its newest correction
        Assert.False(items[2].TryGetProperty("date_modified", out _));
    }

    [Fact]
    public void JsonFeedItems_CarryFullHtmlWithAbsoluteLinks_AndTagsForCompaniesPeopleAndTags()
    {
        var first = Items()[0];
        var html = first.GetProperty("content_html").GetString()!;

        Assert.Contains("href=\"https://example.org/news/companies/aws/\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/", html, StringComparison.Ordinal);
        Assert.Contains("Reuters", html, StringComparison.Ordinal);
        Assert.Equal(["Amazon Web Services", "OpenAI", "Vasi Philomin", "Rajesh Sheth", "talent-war", "leadership"],
            first.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void TortureTitle_RoundTripsExactly()
    {
        var torture = Items().Single(i => i.GetProperty("id").GetString()!.EndsWith("/escape-torture/", StringComparison.Ordinal));

        Assert.Equal(Feeds.TortureTitle, torture.GetProperty("title").GetString());
        Assert.Equal("Summary with <b>tags</b> & \"quotes\" and </script> inside.", torture.GetProperty("summary").GetString());
        Assert.Contains("José Núñez", torture.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }
}

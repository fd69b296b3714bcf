using System.Xml.Linq;
using Briefing.Tests.Support;

namespace Briefing.Tests.Corrections;

/// <summary>A briefing's Corrections box, its effective updated date everywhere, <c>/corrections/</c> and its feed.</summary>
public sealed class CorrectionsTests
{
    private const string Site = """
        -- content/site.yml --
        title: Test Briefing
        base_url: https://example.org/
        description: A test site.
        language: en
        per_page: 2
        -- content/companies/amazon.yml --
        name: Amazon
        -- content/briefings/2025/first.md --
        ---
        title: "First"
        date: 2025-06-20T09:00:00Z
        updated: 2025-06-21T09:00:00Z
        summary: "S1"
        companies: [amazon]
        corrections:
          - date: 2025-06-24T10:00:00Z
            text: "An earlier version named the wrong *division*; see [Amazon](/companies/amazon/)."
          - date: 2025-06-22
            text: "Clarified a title."
        sources:
          - name: Reuters
        ---
        Body one.
        -- content/briefings/2025/second.md --
        ---
        title: "Second"
        date: 2025-06-23T09:00:00Z
        summary: "S2"
        companies: [amazon]
        corrections:
          - date: 2025-06-23T12:00:00Z
            text: "Fixed a date."
        sources:
          - name: Reuters
        ---
        Body two.
        """;

    [Fact]
    public void CorrectionsBox_IsASectionWithAHeading_AndEachCorrectionHasItsTimeAndAnchor()
    {
        // Given a briefing with two corrections, written newest first
        using var site = TestSite.Create(Site);

        // When the site is built
        Assert.Equal(0, site.Build().ExitCode);

        // Then its page has a Corrections section named by its heading, oldest first, each with a <time datetime>
        var page = Html.Load(site, "briefings/2025/first/index.html");
        var box = page.QuerySelector("section#corrections")!;
        Assert.Equal("corrections-heading", box.GetAttribute("aria-labelledby"));
        Assert.Equal("Corrections", page.GetElementById("corrections-heading")!.TextContent);
        var items = box.QuerySelectorAll("li");
        Assert.Equal(["correction-2025-06-22-1", "correction-2025-06-24-1"], items.Select(i => i.Id!));
        Assert.Equal(["2025-06-22", "2025-06-24T10:00:00+00:00"], items.Select(i => i.QuerySelector("time")!.GetAttribute("datetime")!));
        Assert.Equal("division", items[1].QuerySelector("em")!.TextContent);
        Assert.Equal("/companies/amazon/", items[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("#corrections", page.QuerySelector(".dateline a.corrected")!.GetAttribute("href"));
    }

    [Fact]
    public void NewestCorrection_LaterThanUpdated_IsTheEffectiveUpdatedDate_Everywhere()
    {
        // Given a briefing updated on the 21st and corrected on the 24th
        using var site = TestSite.Create(Site);

        // When the site is built
        Assert.Equal(0, site.Build().ExitCode);
        const string Expected = "2025-06-24T10:00:00+00:00";

        // Then the page's Updated line, its JSON-LD, the Atom and JSON feeds and the sitemap carry the correction's date
        var page = Html.Load(site, "briefings/2025/first/index.html");
        Assert.Equal(Expected, page.QuerySelector(".dateline .updated time")!.GetAttribute("datetime"));
        Assert.Equal(Expected, page.QuerySelector("meta[property='article:modified_time']")!.GetAttribute("content"));
        using (var ld = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent))
        {
            Assert.Equal(Expected, ld.RootElement.GetProperty("dateModified").GetString());
        }

        XNamespace a = "http://www.w3.org/2005/Atom";
        var entry = Feeds.Xml(site, "atom.xml").Root!.Elements(a + "entry").Single(e => e.Element(a + "title")!.Value == "First");
        Assert.Equal(Expected, entry.Element(a + "updated")!.Value);
        using (var json = Feeds.Json(site, "feed.json"))
        {
            var item = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "First");
            Assert.Equal(Expected, item.GetProperty("date_modified").GetString());
        }

        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var url = Feeds.Xml(site, "sitemap.xml").Root!.Elements(sm + "url").Single(u => u.Element(sm + "loc")!.Value == "https://example.org/briefings/2025/first/");
        Assert.Equal(Expected, url.Element(sm + "lastmod")!.Value);
    }

    [Fact]
    public void CorrectionsPage_ListsEveryCorrection_NewestFirst_LinkingToItsBriefing()
    {
        using var site = TestSite.Create(Site);

        Assert.Equal(0, site.Build().ExitCode);

        var page = Html.Load(site, "corrections/index.html");
        var entries = page.QuerySelectorAll(".corrections-list > li");
        Assert.Equal(
            ["/briefings/2025/first/#correction-2025-06-24-1", "/briefings/2025/second/#correction-2025-06-23-1", "/briefings/2025/first/#correction-2025-06-22-1"],
            entries.Select(e => e.QuerySelector("a.correction-link")!.GetAttribute("href")!));
        Assert.Equal(["First", "Second", "First"], entries.Select(e => e.QuerySelector(".correction-meta a")!.TextContent));
        Assert.Equal("/corrections/feed.xml", page.QuerySelector("link[rel='alternate'][href='/corrections/feed.xml']")!.GetAttribute("href"));
    }

    [Fact]
    public void CorrectionsPage_IsPaginated_PastFiftyCorrections()
    {
        // Given one briefing with 51 corrections
        var corrections = string.Concat(Enumerable.Range(1, 51).Select(i => $"  - date: 2025-07-{1 + (i % 28):D2}\n    text: \"Correction {i}.\"\n"));
        using var site = TestSite.Create($"""
            -- content/briefings/2025/x.md --
            ---
            title: "X"
            date: 2025-06-26
            summary: "S"
            corrections:
            {corrections}---
            Body.
            """);

        Assert.Equal(0, site.Build().ExitCode);

        // Then page 1 shows 50 and page 2 the last one, and every anchor on the briefing is unique
        Assert.Equal(50, Html.Load(site, "corrections/index.html").QuerySelectorAll(".corrections-list > li").Length);
        Assert.Single(Html.Load(site, "corrections/page/2/index.html").QuerySelectorAll(".corrections-list > li"));
        var ids = Html.Load(site, "briefings/2025/x/index.html").QuerySelectorAll("#corrections li").Select(l => l.Id).ToArray();
        Assert.Equal(51, ids.Distinct().Count());
    }

    [Fact]
    public void CorrectionsFeed_HasOneItemPerCorrection_WithIdsStableWhenCorrectionsAreAdded()
    {
        // Given the site, built once
        using var site = TestSite.Create(Site);
        Assert.Equal(0, site.Build().ExitCode);
        var before = Feeds.Syndication(site, "corrections/feed.xml");

        // When a newer correction is added to the second briefing and the site is built again
        var path = Path.Combine(site.Root, "content/briefings/2025/second.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("    text: \"Fixed a date.\"\n",
            "    text: \"Fixed a date.\"\n  - date: 2025-06-25\n    text: \"Fixed a *second* thing.\"\n", StringComparison.Ordinal));
        Assert.Equal(0, site.Build().ExitCode);
        var after = Feeds.Syndication(site, "corrections/feed.xml");

        // Then the feed parses, has one item per correction newest first, and the earlier items kept their ids
        Assert.Equal(
            ["https://example.org/briefings/2025/first/#correction-2025-06-24-1", "https://example.org/briefings/2025/second/#correction-2025-06-23-1",
             "https://example.org/briefings/2025/first/#correction-2025-06-22-1"],
            before.Items.Select(i => i.Id));
        var ids = after.Items.Select(i => i.Id).ToArray();
        Assert.Equal("https://example.org/briefings/2025/second/#correction-2025-06-25-1", ids[0]);
        Assert.Equal(before.Items.Select(i => i.Id), ids.Skip(1));
        Assert.Equal(ids.Length, ids.Distinct().Count());
        var newest = after.Items.First();
        Assert.Equal("Correction: Second", newest.Title.Text);
        Assert.Equal(new DateTimeOffset(2025, 6, 25, 0, 0, 0, TimeSpan.Zero), newest.PublishDate);
        Assert.Contains("<em>second</em>", newest.Summary.Text, StringComparison.Ordinal);
        Assert.Equal("https://example.org/briefings/2025/second/#correction-2025-06-25-1", newest.Links[0].Uri.AbsoluteUri);
    }

    [Fact]
    public void CorrectionsFeed_IsListedOnTheFeedsPage_AndInTheOpml()
    {
        using var site = TestSite.Create(Site);

        Assert.Equal(0, site.Build().ExitCode);

        Assert.NotNull(Html.Load(site, "feeds/index.html").QuerySelector("a[href='/corrections/feed.xml']"));
        var opml = XDocument.Load(Path.Combine(site.Output, "feeds.opml"));
        Assert.Contains(opml.Descendants("outline"), o => (string?)o.Attribute("xmlUrl") == "https://example.org/corrections/feed.xml");
        Assert.NotNull(Html.Load(site, "index.html").QuerySelector("footer a[href='/corrections/']"));
    }

    [Fact]
    public void SiteWithoutCorrections_StillHasAnEmptyCorrectionsPage_AndAValidEmptyFeed()
    {
        using var site = TestSite.Create("""
            -- content/briefings/2025/x.md --
            ---
            title: "X"
            date: 2025-06-26
            summary: "S"
            ---
            Body.
            """);

        Assert.Equal(0, site.Build().ExitCode);

        Assert.Equal("No corrections yet.", Html.Load(site, "corrections/index.html").QuerySelector("main .empty")!.TextContent);
        Assert.Empty(Feeds.Syndication(site, "corrections/feed.xml").Items);
    }
}

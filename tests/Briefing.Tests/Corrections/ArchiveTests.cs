using System.Xml.Linq;
using Briefing.Tests.Support;

namespace Briefing.Tests.Corrections;

/// <summary>The date archive: <c>/briefings/</c>, a year, a month; every prefix of a briefing's URL answers.</summary>
public sealed class ArchiveTests
{
    private static string Briefing(string slug, string date) => $"""
        -- content/briefings/{date[..4]}/{slug}.md --
        ---
        title: "Briefing {slug}"
        date: {date}
        summary: "S"
        ---
        Body.

        """;

    private static TestSite ThreeMonths() => TestSite.Create("""
        -- content/site.yml --
        title: Test Briefing
        base_url: https://example.org/
        description: A test site.
        language: en
        per_page: 2
        """ + "\n" + Briefing("a", "2025-06-01") + Briefing("b", "2025-06-15") + Briefing("c", "2025-06-30T23:30:00-05:00")
            + Briefing("d", "2025-07-02") + Briefing("e", "2024-12-31"));

    [Fact]
    public void ArchiveIndex_ListsYearsNewestFirst_WithCounts_AndTheirMonths()
    {
        using var site = ThreeMonths();

        Assert.Equal(0, site.Build().ExitCode);

        var page = Html.Load(site, "briefings/index.html");
        var years = page.QuerySelectorAll(".archive-years > li");
        Assert.Equal(["/briefings/2025/", "/briefings/2024/"], years.Select(y => y.QuerySelector("h2 a")!.GetAttribute("href")!));
        Assert.Equal(["4 briefings", "1 briefing"], years.Select(y => y.QuerySelector("h2 .count")!.TextContent));
        Assert.Equal(["July 2025", "June 2025"], years[0].QuerySelectorAll(".archive-months a").Select(a => a.TextContent));
        Assert.Equal(["1", "3"], years[0].QuerySelectorAll(".archive-months .count").Select(a => a.TextContent));
    }

    [Fact]
    public void YearPage_ListsItsMonths_WithCountsAndHeadlines()
    {
        using var site = ThreeMonths();

        Assert.Equal(0, site.Build().ExitCode);

        var page = Html.Load(site, "briefings/2025/index.html");
        Assert.Equal("2025", page.QuerySelector("main h1")!.TextContent);
        var months = page.QuerySelectorAll(".archive-month");
        Assert.Equal(["/briefings/2025/07/", "/briefings/2025/06/"], months.Select(m => m.QuerySelector("h2 a")!.GetAttribute("href")!));

        // The briefing at 23:30 on 30 June in its own offset (1 July in UTC) is in June, as its URL's year is its own
        Assert.Equal(["/briefings/2025/c/", "/briefings/2025/b/", "/briefings/2025/a/"],
            months[1].QuerySelectorAll(".archive-headlines a").Select(a => a.GetAttribute("href")!));
    }

    [Fact]
    public void MonthPage_IsPaginated_LikeOtherLists()
    {
        using var site = ThreeMonths();

        Assert.Equal(0, site.Build().ExitCode);

        var first = Html.Load(site, "briefings/2025/06/index.html");
        Assert.Equal("June 2025", first.QuerySelector("main h1")!.TextContent);
        Assert.Equal(["/briefings/2025/c/", "/briefings/2025/b/"], first.QuerySelectorAll(".card-title a").Select(a => a.GetAttribute("href")!));
        Assert.Equal("/briefings/2025/06/page/2/", first.QuerySelector(".pager a[rel='next']")!.GetAttribute("href"));
        var second = Html.Load(site, "briefings/2025/06/page/2/index.html");
        Assert.Equal(["/briefings/2025/a/"], second.QuerySelectorAll(".card-title a").Select(a => a.GetAttribute("href")!));
        Assert.Equal(["Test Briefing", "Archive", "2025"], first.QuerySelectorAll(".breadcrumbs a").Select(a => a.TextContent));
    }

    [Fact]
    public void EveryTrimmedUrlOfEveryFixtureBriefing_AnswersWithAPage()
    {
        // Given the fixture site, built
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var briefings = System.Xml.Linq.XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Root!.Elements(sm + "url")
            .Select(u => new Uri(u.Element(sm + "loc")!.Value).AbsolutePath)
            .Where(p => System.Text.RegularExpressions.Regex.IsMatch(p, "^/news/briefings/\\d{4}/[^/]+/$") && !System.Text.RegularExpressions.Regex.IsMatch(p, "/\\d{2}/$"))
            .ToArray();
        Assert.NotEmpty(briefings);

        foreach (var url in briefings)
        {
            // When a reader trims the briefing's URL one segment at a time, or swaps the slug for its month
            var page = Html.Load(site, url["/news/".Length..] + "index.html");
            var crumbs = page.QuerySelectorAll(".breadcrumbs a");
            var month = crumbs[^1].GetAttribute("href")!;
            var segments = url.TrimEnd('/').Split('/');
            var trimmed = Enumerable.Range(1, segments.Length - 1).Select(n => string.Join('/', segments.Take(n)) + "/").Append(month);

            // Then each one is a page of the site
            foreach (var prefix in trimmed.Where(p => p.StartsWith("/news/", StringComparison.Ordinal)))
            {
                Assert.True(site.OutputExists(prefix["/news/".Length..] + "index.html"), $"{prefix} (trimmed from {url}) is not a page");
            }
        }
    }

    [Fact]
    public void BriefingPage_HasBreadcrumbsToItsYearAndMonth()
    {
        using var site = ThreeMonths();

        Assert.Equal(0, site.Build().ExitCode);

        var crumbs = Html.Load(site, "briefings/2025/d/index.html").QuerySelector("nav.breadcrumbs[aria-label='Breadcrumb']")!;
        Assert.Equal(["/", "/briefings/", "/briefings/2025/", "/briefings/2025/07/"], crumbs.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!));
        Assert.Equal(["Test Briefing", "Archive", "2025", "July"], crumbs.QuerySelectorAll("a").Select(a => a.TextContent));
    }

    [Fact]
    public void ArchivePages_AreInTheSitemap()
    {
        using var site = ThreeMonths();

        Assert.Equal(0, site.Build().ExitCode);

        var sitemap = site.ReadOutput("sitemap.xml");
        foreach (var url in new[] { "/briefings/", "/briefings/2025/", "/briefings/2025/06/", "/briefings/2025/06/page/2/", "/briefings/2024/12/", "/corrections/" })
        {
            Assert.Contains($"<loc>https://example.org{url}</loc>", sitemap, StringComparison.Ordinal);
        }
    }
}

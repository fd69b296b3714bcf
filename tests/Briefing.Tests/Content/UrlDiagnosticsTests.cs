namespace Briefing.Tests.Content;

/// <summary>URL problems: two briefings at one URL, and source or website URLs that are not absolute http(s).</summary>
public sealed class UrlDiagnosticsTests
{
    private const string Path = "content/briefings/2025/x.md";

    [Fact]
    public void TwoBriefingsWithTheSameSlug_AreReportedAsAUrlCollision()
    {
        // Given two briefings of 2025 with 'slug: same' on line 3
        using var site = BrokenSite.With("""
            -- content/briefings/2025/a.md --
            ---
            title: "A"
            slug: same
            date: 2025-06-26
            summary: "S"
            ---
            -- content/briefings/2025/b.md --
            ---
            title: "B"
            slug: same
            date: 2025-03-01
            summary: "S"
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the second file is reported, naming the first and the URL
        run.AssertPrinted(
            "content/briefings/2025/b.md:3:7: error BRF012: this briefing and content/briefings/2025/a.md would both be published at /briefings/2025/same/; give one of them another 'slug'");
    }

    [Fact]
    public void SlugEqualToAnotherFileName_IsReportedAsAUrlCollision()
    {
        // Given same.md and another briefing that sets 'slug: same', both dated 2025 in different folders
        using var site = BrokenSite.With("""
            -- content/briefings/2025/same.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            ---
            -- content/briefings/2025/z.md --
            ---
            title: "B"
            slug: same
            date: 2025-01-01
            summary: "S"
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the collision is reported at the explicit slug
        run.AssertPrinted(
            "content/briefings/2025/z.md:3:7: error BRF012: this briefing and content/briefings/2025/same.md would both be published at /briefings/2025/same/; give one of them another 'slug'");
    }

    [Fact]
    public void JavascriptUrlInSources_IsRefused()
    {
        // Given a javascript: URL on line 7, value at column 10
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            sources:
              - name: Evil
                url: javascript:alert(1)
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the URL is refused
        run.AssertPrinted($"{Path}:7:10: error BRF018: 'url' must be an absolute http(s) URL, not 'javascript:alert(1)'");
    }

    [Fact]
    public void SourceWithoutName_IsReportedAsMissingField()
    {
        // Given a source item (line 6, column 5) with only a URL
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            sources:
              - url: https://example.com/story
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the missing name is reported at the item
        run.AssertPrinted($"{Path}:6:5: error BRF006: missing required field 'name'");
    }

    [Theory]
    [InlineData("www.initech.com")]
    [InlineData("ftp://initech.com")]
    [InlineData("javascript:alert(1)")]
    public void BadCompanyWebsite_IsRefused(string url)
    {
        // Given a company website on line 2, value at column 10
        using var site = BrokenSite.With($"""
            -- content/companies/initech.yml --
            name: Initech
            website: {url}
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the URL is refused
        run.AssertPrinted($"content/companies/initech.yml:2:10: error BRF018: 'website' must be an absolute http(s) URL, not '{url}'");
    }
}

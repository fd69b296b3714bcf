namespace Briefing.Tests.Content;

/// <summary>Values that parse as YAML but break the content model: dates, slugs, characters, folders.</summary>
public sealed class FieldDiagnosticsTests
{
    private const string Path = "content/briefings/2025/x.md";

    [Fact]
    public void InvalidDate_IsReportedAtTheValue()
    {
        // Given month 13 on line 3, value at column 7
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-13-26
            summary: "S"
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the date is named with the expected format
        run.AssertPrinted(
            $"{Path}:3:7: error BRF008: 'date' is not an ISO 8601 date: '2025-13-26' (write 2025-06-26 or 2025-06-26T09:00:00Z)");
    }

    [Fact]
    public void InvalidUpdatedDate_IsReportedAtTheValue()
    {
        // Given a day-first 'updated' on line 4, value at column 10
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            updated: 26/06/2025
            summary: "S"
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then 'updated' is named
        run.AssertPrinted(
            $"{Path}:4:10: error BRF008: 'updated' is not an ISO 8601 date: '26/06/2025' (write 2025-06-26 or 2025-06-26T09:00:00Z)");
    }

    [Fact]
    public void UpdatedBeforeDate_IsReportedAtUpdated()
    {
        // Given 'updated' a day before 'date'
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26T09:00:00Z
            updated: 2025-06-25T09:00:00Z
            summary: "S"
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then both instants are printed
        run.AssertPrinted(
            $"{Path}:4:10: error BRF029: 'updated' (2025-06-25T09:00:00+00:00) is earlier than 'date' (2025-06-26T09:00:00+00:00)");
    }

    [Theory]
    [InlineData("\"../etc\"", "../etc")]
    [InlineData("\"Has Space\"", "Has Space")]
    [InlineData("UPPER", "UPPER")]
    [InlineData("double--hyphen", "double--hyphen")]
    [InlineData("-leading", "-leading")]
    public void UnsafeSlug_IsReportedAtTheValue(string yaml, string slug)
    {
        // Given an unsafe 'slug' on line 3, value at column 7
        using var site = BrokenSite.With($"""
            -- {Path} --
            ---
            title: "A"
            slug: {yaml}
            date: 2025-06-26
            summary: "S"
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the slug is refused
        run.AssertPrinted(
            $"{Path}:3:7: error BRF013: slug '{slug}' is not a safe URL segment: use lowercase letters, digits and single hyphens");
    }

    [Fact]
    public void FileNameWithUppercase_IsReportedAsUnsafeSlug()
    {
        // Given a briefing file named with capitals and no 'slug'
        using var site = BrokenSite.With("""
            -- content/briefings/2025/Big-News.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the file is named, with the way out
        run.AssertPrinted(
            "content/briefings/2025/Big-News.md:1:1: error BRF013: slug 'Big-News' is not a safe URL segment: use lowercase letters, digits and single hyphens (it comes from the file name; rename the file or set 'slug')");
    }

    [Fact]
    public void FileNameWithUppercase_IsAcceptedWhenSlugIsSet()
    {
        // Given a briefing file named with capitals but a valid 'slug'
        using var site = BrokenSite.With("""
            -- content/briefings/2025/Big-News.md --
            ---
            title: "A"
            slug: big-news
            date: 2025-06-26
            summary: "S"
            ---
            Body.
            """);

        // When the site is built
        var run = site.BuildSucceeding();

        // Then the slug wins
        Assert.Empty(run.LinesBesidesMissingSourcesAndUnusedEntries());
        Assert.True(site.OutputExists("briefings/2025/big-news/index.html"));
    }

    [Fact]
    public void UppercaseSlugInAList_IsReportedWithTheLowercaseSuggestion()
    {
        // Given 'Amazon' in 'companies' on line 5, at column 13
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            companies: [Amazon]
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the lowercase slug is suggested
        run.AssertPrinted(
            $"{Path}:5:13: error BRF013: 'Amazon' in 'companies' is not a slug (lowercase letters, digits, single hyphens); did you mean 'amazon'?");
    }

    [Fact]
    public void RegistryFileNameWithUppercase_IsReportedAsUnsafeSlug()
    {
        // Given a company file named with a capital
        using var site = BrokenSite.With("""
            -- content/companies/Initech.yml --
            name: Initech
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the file is named
        run.AssertPrinted(
            "content/companies/Initech.yml:1:1: error BRF013: file name 'Initech' is not a valid slug (lowercase letters, digits, single hyphens); rename the file");
    }

    [Fact]
    public void ControlCharacterInATitle_IsReportedAtTheValue()
    {
        // Given a BEL (U+0007, YAML escape \a) in the quoted title on line 2, value at column 8
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "Bell \a in the title"
            date: 2025-06-26
            summary: "S"
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the character is named
        run.AssertPrinted(
            $"{Path}:2:8: error BRF027: 'title' contains the control character U+0007, which pages and feeds cannot carry; remove it");
    }

    [Fact]
    public void RawControlCharacterInATitle_IsReported()
    {
        // Given a raw BEL byte in the title on line 2
        using var site = BrokenSite.With($"-- {Path} --\n---\ntitle: \"Bell \u0007 in the title\"\ndate: 2025-06-26\nsummary: \"S\"\n---\n");

        // When the site is built
        var run = site.BuildFailing();

        // Then it is refused at its position
        run.AssertPrinted(
            $"{Path}:2:8: error BRF027: 'title' contains the control character U+0007, which pages and feeds cannot carry; remove it");
    }

    [Fact]
    public void FolderYearDifferentFromDate_IsAWarning()
    {
        // Given a briefing dated 2025 in the 2024 folder
        using var site = BrokenSite.With("""
            -- content/briefings/2024/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            ---
            Body.
            """);

        // When the site is built
        var run = site.BuildSucceeding();

        // Then a warning names both years and the build publishes at the date's year
        run.AssertPrinted(
            "content/briefings/2024/x.md:1:1: warning BRF025: this briefing is dated 2025 but sits in the 2024 folder; its URL uses 2025");
        Assert.True(site.OutputExists("briefings/2025/x/index.html"));
    }

    [Fact]
    public void BriefingOutsideAYearFolder_IsAWarning()
    {
        // Given a briefing directly in content/briefings/
        using var site = BrokenSite.With("""
            -- content/briefings/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            ---
            Body.
            """);

        // When the site is built
        var run = site.BuildSucceeding();

        // Then a warning says where briefings live
        run.AssertPrinted(
            "content/briefings/x.md:1:1: warning BRF026: briefings live in content/briefings/YYYY/<slug>.md (or YYYY/<slug>/index.md with its images); move this file into its year's folder");
    }

    [Fact]
    public void RegistryFileWithTheWrongExtension_IsAnError()
    {
        // Given a company file ending in .yaml
        using var site = BrokenSite.With("""
            -- content/companies/initech.yaml --
            name: Initech
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then it is reported as misplaced
        run.AssertPrinted("content/companies/initech.yaml:1:1: error BRF026: registry files end in '.yml'; rename or remove this file");
    }
}

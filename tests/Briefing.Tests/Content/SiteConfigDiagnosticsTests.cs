using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>content/site.yml: present, well-formed, with its required keys and valid numbers.</summary>
public sealed class SiteConfigDiagnosticsTests
{
    private const string Path = "content/site.yml";

    [Fact]
    public void MissingSiteConfig_IsReported()
    {
        // Given a site without content/site.yml
        using var site = BrokenSite.With(string.Empty);
        File.Delete(System.IO.Path.Combine(site.Root, "content", "site.yml"));

        // When the site is built
        var run = site.BuildFailing();

        // Then the file is named, with what it needs
        run.AssertPrinted(
            $"{Path}:1:1: error BRF021: content/site.yml is missing; create it with title, base_url, description and language");
    }

    [Fact]
    public void MissingContentFolder_IsReported()
    {
        // Given a source folder without content/
        using var site = TestSite.Create(string.Empty);
        Directory.Delete(System.IO.Path.Combine(site.Root, "content"), recursive: true);

        // When the site is built
        var run = site.BuildFailing();

        // Then the folder is named
        run.AssertPrinted(
            $"content:1:1: error BRF021: no content/ folder in {site.Root}; pass --source with the folder that holds content/ and themes/");
    }

    [Fact]
    public void InvalidLanguage_IsReportedAsInvalidSiteConfig()
    {
        // Given a language that is not a tag, on line 4, value at column 11
        using var site = BrokenSite.With("""
            -- content/site.yml --
            title: Test Briefing
            base_url: https://example.org/
            description: A test site.
            language: English (UK)
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the value is refused
        run.AssertPrinted($"{Path}:4:11: error BRF021: language 'English (UK)' is not a language tag such as 'en' or 'en-GB'");
    }

    [Fact]
    public void MissingBaseUrl_IsReportedAsMissingField()
    {
        // Given a site.yml without base_url
        using var site = BrokenSite.With("""
            -- content/site.yml --
            title: Test Briefing
            description: A test site.
            language: en
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the missing key is named at the top of the file
        run.AssertPrinted($"{Path}:1:1: error BRF006: missing required field 'base_url'");
    }

    [Fact]
    public void BaseUrlThatIsNotAbsolute_IsReportedAsInvalidUrl()
    {
        // Given 'base_url: example.org' on line 2, value at column 11
        using var site = BrokenSite.With("""
            -- content/site.yml --
            title: Test Briefing
            base_url: example.org
            description: A test site.
            language: en
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then it is refused, with an example
        run.AssertPrinted(
            $"{Path}:2:11: error BRF018: base_url 'example.org' is not an absolute http(s) URL (for example https://briefing.example.org/)");
    }

    [Fact]
    public void BaseUrlOverrideThatIsNotAbsolute_IsReportedAsInvalidUrl()
    {
        // Given a valid site.yml
        using var site = BrokenSite.With(string.Empty);

        // When the site is built with a relative --base-url
        var run = site.Build("--base-url", "/preview/");

        // Then the option is refused
        Assert.Equal(1, run.ExitCode);
        run.AssertPrinted($"{Path}:1:1: error BRF018: --base-url '/preview/' is not an absolute http(s) URL");
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("\"ten\"", "ten")]
    [InlineData("ten", "ten")]
    [InlineData("-5", "-5")]
    [InlineData("2.5", "2.5")]
    public void PerPageThatIsNotAPositiveInteger_IsReported(string yaml, string printed)
    {
        // Given 'per_page' on line 5, value at column 11
        using var site = BrokenSite.With($"""
            -- {Path} --
            {TestSite.SiteYml}
            per_page: {yaml}
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the value is refused
        run.AssertPrinted($"{Path}:5:11: error BRF024: 'per_page' must be a whole number above 0, not '{printed}'");
    }

    [Fact]
    public void FeedItemsThatIsAList_IsReportedAsWrongType()
    {
        // Given 'feed_items: [10]' on line 5, value at column 13
        using var site = BrokenSite.With($"""
            -- {Path} --
            {TestSite.SiteYml}
            feed_items: [10]
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the shape is named
        run.AssertPrinted($"{Path}:5:13: error BRF007: 'feed_items' must be a whole number, not a list");
    }

    [Fact]
    public void YamlSyntaxErrorInSiteConfig_IsReportedAtItsPosition()
    {
        // Given a second ': ' on line 1, at column 12
        using var site = BrokenSite.With("""
            -- content/site.yml --
            title: Test: Briefing
            base_url: https://example.org/
            description: A test site.
            language: en
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then line and column are the file's own
        run.AssertPrinted($"{Path}:1:12: error BRF004: invalid YAML: while scanning a plain scalar value, found invalid mapping");
    }

    [Fact]
    public void UnknownKeyInSiteConfig_IsReportedWithSuggestion()
    {
        // Given 'perpage' on line 5
        using var site = BrokenSite.With($"""
            -- {Path} --
            {TestSite.SiteYml}
            perpage: 10
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then 'per_page' is suggested
        run.AssertPrinted($"{Path}:5:1: error BRF005: unknown key 'perpage' (did you mean 'per_page'?)");
    }

    [Fact]
    public void DuplicateKeyInSiteConfig_IsReported()
    {
        // Given 'title' again on line 5
        using var site = BrokenSite.With($"""
            -- {Path} --
            {TestSite.SiteYml}
            title: Another
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the second occurrence is named
        run.AssertPrinted($"{Path}:5:1: error BRF023: the key 'title' appears twice; keep one");
    }

    [Fact]
    public void SiteConfigThatIsAList_IsReportedAsWrongType()
    {
        // Given a site.yml that is a list
        using var site = BrokenSite.With("""
            -- content/site.yml --
            - title
            - base_url
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the shape is named at the top of the file
        run.AssertPrinted($"{Path}:1:1: error BRF007: expected 'key: value' lines at the top level");
    }
}

namespace Briefing.Tests.Content;

/// <summary>Slugs resolved against content/companies/, content/people/ and content/tags.yml, and the registries' own rules.</summary>
public sealed class RegistryDiagnosticsTests
{
    private const string Path = "content/briefings/2025/x.md";

    [Fact]
    public void UnknownCompany_IsReportedAtItsLine_WithSuggestion()
    {
        // Given a misspelt company on line 5, at column 13
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            companies: [amzon]
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the closest slug is suggested
        run.AssertPrinted($"{Path}:5:13: error BRF009: unknown company 'amzon' (did you mean 'amazon'?)");
    }

    [Fact]
    public void UnknownCompany_ThatSpellsAnAlias_SuggestsTheCompany()
    {
        // Given 'facebook' when meta.yml has 'aliases: [Facebook]'
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            companies: [openai, facebook]
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the company that owns the alias is suggested
        run.AssertPrinted($"{Path}:5:21: error BRF009: unknown company 'facebook' (did you mean 'meta'?)");
    }

    [Fact]
    public void UnknownCompany_ThatSpellsAName_SuggestsTheCompany()
    {
        // Given 'amazon-web-services', the slug form of aws.yml's name, on its own line
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            companies:
              - amazon-web-services
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the company with that name is suggested
        run.AssertPrinted($"{Path}:6:5: error BRF009: unknown company 'amazon-web-services' (did you mean 'aws'?)");
    }

    [Fact]
    public void UnknownCompany_WithNothingClose_SaysWhichFileToAdd()
    {
        // Given a company slug far from every registered one
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            companies: [initech]
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the registry file to create is named
        run.AssertPrinted($"{Path}:5:13: error BRF009: unknown company 'initech'; add content/companies/initech.yml or fix the slug");
    }

    [Fact]
    public void UnknownPerson_IsReportedAtItsLine_WithSuggestion()
    {
        // Given a misspelt person on line 5, at column 10
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            people: [vasi-philomn]
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the closest slug is suggested
        run.AssertPrinted($"{Path}:5:10: error BRF010: unknown person 'vasi-philomn' (did you mean 'vasi-philomin'?)");
    }

    [Fact]
    public void UnknownTag_WhenTagsFileExists_IsAWarningWithSuggestion()
    {
        // Given content/tags.yml and a tag missing from it on line 5, at column 8
        using var site = BrokenSite.With("""
            -- content/tags.yml --
            talent-war:
              name: Talent war
            generative-ai:
              name: Generative AI
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            tags: [talent-wars]
            ---
            Body.
            """);

        // When the site is built
        var run = site.BuildSucceeding();

        // Then it is a warning, and the site is still built
        run.AssertPrinted($"{Path}:5:8: warning BRF011: tag 'talent-wars' is not in content/tags.yml (did you mean 'talent-war'?)");
        Assert.True(site.OutputExists("tags/talent-wars/index.html"));
    }

    [Fact]
    public void UnknownTag_WithoutTagsFile_IsFine()
    {
        // Given no content/tags.yml
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            tags: [anything-goes]
            ---
            Body.
            """);

        // When the site is built
        var run = site.BuildSucceeding();

        // Then tags need no registry
        Assert.Empty(run.LinesBesidesMissingSourcesAndUnusedEntries());
    }

    [Fact]
    public void ParentCycle_IsReportedOnce_NamingBothFiles()
    {
        // Given alpha → beta → alpha
        using var site = BrokenSite.With("""
            -- content/companies/alpha.yml --
            name: Alpha
            parent: beta
            -- content/companies/beta.yml --
            name: Beta
            parent: alpha
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then one line names the whole cycle
        var line = Assert.Single(run.DiagnosticLines, l => l.Contains(" BRF019: ", StringComparison.Ordinal));
        Assert.Equal(
            "content/companies/alpha.yml:2:9: error BRF019: company parents form a cycle: content/companies/alpha.yml → content/companies/beta.yml → content/companies/alpha.yml; remove one of these 'parent' links",
            line);
    }

    [Fact]
    public void CompanyThatIsItsOwnParent_IsACycle()
    {
        // Given a company whose parent is itself
        using var site = BrokenSite.With("""
            -- content/companies/alpha.yml --
            name: Alpha
            parent: alpha
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then it is a cycle of one
        run.AssertPrinted(
            "content/companies/alpha.yml:2:9: error BRF019: company parents form a cycle: content/companies/alpha.yml → content/companies/alpha.yml; remove one of these 'parent' links");
    }

    [Fact]
    public void UnknownParent_IsReportedAtTheValue_WithSuggestion()
    {
        // Given a parent slug with a typo on line 2, value at column 9
        using var site = BrokenSite.With("""
            -- content/companies/gamma.yml --
            name: Gamma
            parent: amazn
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the closest company is suggested
        run.AssertPrinted("content/companies/gamma.yml:2:9: error BRF020: parent 'amazn' is not a company (did you mean 'amazon'?)");
    }

    [Fact]
    public void RegistryEntryWithoutName_IsReportedAsMissingField()
    {
        // Given a person file with a description but no name
        using var site = BrokenSite.With("""
            -- content/people/nobody.yml --
            description: Someone.
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the missing name is reported at the top of the file
        run.AssertPrinted("content/people/nobody.yml:1:1: error BRF006: missing required field 'name'");
    }

    [Fact]
    public void EmptyRegistryFile_IsReportedAtLineOne()
    {
        // Given an empty company file
        using var site = BrokenSite.With("""
            -- content/companies/empty.yml --
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the missing name is reported at line 1, not line 0
        run.AssertPrinted("content/companies/empty.yml:1:1: error BRF006: missing required field 'name'");
    }

    [Fact]
    public void UnknownRegistryKey_IsReportedWithSuggestion()
    {
        // Given 'webiste' in a company file on line 2
        using var site = BrokenSite.With("""
            -- content/companies/initech.yml --
            name: Initech
            webiste: https://initech.example
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then 'website' is suggested
        run.AssertPrinted("content/companies/initech.yml:2:1: error BRF005: unknown key 'webiste' (did you mean 'website'?)");
    }

    [Fact]
    public void InvalidTagSlugInTagsFile_IsReported()
    {
        // Given a tag key with a capital on line 3
        using var site = BrokenSite.With("""
            -- content/tags.yml --
            talent-war:
              name: Talent war
            GenAI:
              name: Generative AI
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the key is refused
        run.AssertPrinted("content/tags.yml:3:1: error BRF013: tag 'GenAI' is not a valid slug (lowercase letters, digits, single hyphens)");
    }
}

namespace Briefing.Tests.Content;

/// <summary>The fences and the YAML of a briefing's front matter: each problem printed at its place in the file.</summary>
public sealed class FrontMatterDiagnosticsTests
{
    private const string Path = "content/briefings/2025/x.md";

    [Fact]
    public void BriefingWithoutFrontMatter_IsReportedAtTheFirstLine()
    {
        // Given a briefing that starts with its keys but no opening fence
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            title: "A"
            date: 2025-06-26
            summary: "S"

            Body.
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the missing fence is reported at the top of the file
        run.AssertPrinted(
            $"{Path}:1:1: error BRF002: a briefing must start with a '---' line, then its front matter, then another '---' line");
    }

    [Fact]
    public void EmptyBriefingFile_IsReportedAsMissingFrontMatter()
    {
        // Given an empty briefing file
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then it is reported as having no front matter
        run.AssertPrinted(
            $"{Path}:1:1: error BRF002: a briefing must start with a '---' line, then its front matter, then another '---' line");
    }

    [Fact]
    public void UnclosedFrontMatter_IsReportedAtTheOpeningFence()
    {
        // Given front matter that is never closed
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"

            Body without a closing fence.
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the opening fence is named
        run.AssertPrinted(
            $"{Path}:1:1: error BRF003: the front matter opened here is never closed; add a '---' line after it");
    }

    [Fact]
    public void YamlSyntaxError_IsReportedAtItsLineAndColumnInTheFile()
    {
        // Given a second ': ' on line 4 of the file (line 3 of the YAML), at column 11
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: a: b
            ---
            Body.
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the position is the file's own line and column
        run.AssertPrinted(
            $"{Path}:4:11: error BRF004: invalid YAML: while scanning a plain scalar value, found invalid mapping");
    }

    [Fact]
    public void TabUsedAsIndentation_IsReportedAtTheTab()
    {
        // Given a list item indented with a tab on line 6
        using var site = BrokenSite.With($"-- {Path} --\n---\ntitle: \"A\"\ndate: 2025-06-26\nsummary: \"S\"\ntags:\n\t- ai\n---\n");

        // When the site is built
        var run = site.BuildFailing();

        // Then the tab's own line is printed, not the start of the YAML
        run.AssertPrinted($"{Path}:6:1: error BRF004: invalid YAML: while scanning a mapping, found invalid tab as indentation");
    }

    [Fact]
    public void UnknownYamlAlias_IsReportedAtTheAlias()
    {
        // Given '*b' on line 5, column 9, with no anchor '&b'
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            people: *b
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the alias is located
        run.AssertPrinted($"{Path}:5:9: error BRF004: invalid YAML: alias *b refers to no anchor &b above it");
    }

    [Fact]
    public void UnterminatedQuote_IsReportedAtTheOpeningQuote()
    {
        // Given a title whose quote (line 2, column 8) is never closed
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A
            date: 2025-06-26
            summary: "S"
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the opening quote is named
        run.AssertPrinted($"{Path}:2:8: error BRF004: invalid YAML: while scanning a multi-line double-quoted scalar, found wrong indentation");
    }

    [Fact]
    public void YamlSyntaxErrorInARegistryFile_IsReportedAtItsLineAndColumn()
    {
        // Given a company file whose first line has a second ': ' at column 14
        using var site = BrokenSite.With("""
            -- content/companies/initech.yml --
            name: Initech: Inc
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then registry files count lines from 1
        run.AssertPrinted(
            "content/companies/initech.yml:1:14: error BRF004: invalid YAML: while scanning a plain scalar value, found invalid mapping");
    }

    [Fact]
    public void UnknownKey_IsReportedAtTheKey_WithSuggestion()
    {
        // Given 'tag' (singular) on line 5
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            tag: [ai]
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the key is named with the closest allowed key
        run.AssertPrinted($"{Path}:5:1: error BRF005: unknown key 'tag' (did you mean 'tags'?)");
    }

    [Fact]
    public void UnknownKeyWithNothingClose_ListsTheAllowedKeys()
    {
        // Given a key that resembles none of the content model's keys
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            colour: red
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the allowed keys are listed
        run.AssertPrinted(
            $"{Path}:5:1: error BRF005: unknown key 'colour' (allowed: title, date, updated, slug, summary, companies, people, tags, moves, sources, draft, autolink, authors, corrections, aliases, image)");
    }

    [Theory]
    [InlineData("title")]
    [InlineData("date")]
    [InlineData("summary")]
    public void MissingRequiredField_IsReportedAtTheStartOfTheFrontMatter(string missing)
    {
        // Given a briefing without one of its required fields
        var lines = new[] { "title: \"A\"", "date: 2025-06-26", "summary: \"S\"" }
            .Where(l => !l.StartsWith(missing + ":", StringComparison.Ordinal));
        using var site = BrokenSite.With($"-- {Path} --\n---\n{string.Join('\n', lines)}\n---\nBody.\n");

        // When the site is built
        var run = site.BuildFailing();

        // Then the field is named at the front matter's first line (line 2 of the file)
        run.AssertPrinted($"{Path}:2:1: error BRF006: missing required field '{missing}'");
    }

    [Fact]
    public void EmptyRequiredField_IsReportedAtItsKey()
    {
        // Given 'summary' present but empty on line 4
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: ""
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the empty field is reported at its key
        run.AssertPrinted($"{Path}:4:1: error BRF006: required field 'summary' is empty");
    }

    [Fact]
    public void DuplicateKey_IsReportedAtItsSecondOccurrence()
    {
        // Given 'title' on lines 2 and 3
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "B"
            title: "C"
            date: 2025-06-26
            summary: "S"
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the second occurrence is named
        run.AssertPrinted($"{Path}:3:1: error BRF023: the key 'title' appears twice; keep one");
    }

    [Fact]
    public void DuplicateKeyInsideAMove_IsReportedAtItsSecondOccurrence()
    {
        // Given a move with 'kind' on lines 10 and 11
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            people: [vasi-philomin]
            moves:
              - person: vasi-philomin
                from: aws
                to: ~
                kind: departure
                kind: hire
                date: 2025-06-26
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the second 'kind' is named
        run.AssertPrinted($"{Path}:11:5: error BRF023: the key 'kind' appears twice; keep one");
    }
}

namespace Briefing.Tests.Content;

/// <summary>Values of the wrong shape (text, list, mapping, true/false) are reported where they are written.</summary>
public sealed class WrongTypeDiagnosticsTests
{
    private const string Path = "content/briefings/2025/x.md";

    [Fact]
    public void ScalarWhereAListBelongs_IsReportedAsWrongType()
    {
        // Given 'companies: amazon' (a scalar) on line 5, value at column 12
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            companies: amazon
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the value is reported with the shape expected
        run.AssertPrinted($"{Path}:5:12: error BRF007: 'companies' must be a list (for example [a, b]), not text");
    }

    [Fact]
    public void ListWhereTextBelongs_IsReportedAsWrongType()
    {
        // Given 'title: [a]' on line 2, value at column 8
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: [a]
            date: 2025-06-26
            summary: "S"
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the value is reported with the shape expected
        run.AssertPrinted($"{Path}:2:8: error BRF007: 'title' must be text, not a list");
    }

    [Fact]
    public void MappingInAList_IsReportedAsWrongType()
    {
        // Given a mapping as an item of 'tags' on line 6
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            tags:
              - name: ai
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the item is reported
        run.AssertPrinted($"{Path}:6:5: error BRF007: each item of 'tags' must be text, not a mapping");
    }

    [Fact]
    public void EmptyItemInAList_IsReportedAsWrongType()
    {
        // Given '~' as the second tag on line 5, at column 12
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            tags: [ai, ~]
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the empty item is named as such
        run.AssertPrinted($"{Path}:5:12: error BRF007: each item of 'tags' must be text, not an empty value");
    }

    [Fact]
    public void DraftThatIsNotABoolean_IsReportedAsWrongType()
    {
        // Given 'draft: maybe' on line 5
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            draft: maybe
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the value is named
        run.AssertPrinted($"{Path}:5:8: error BRF007: 'draft' must be true or false, not 'maybe'");
    }

    [Fact]
    public void FrontMatterThatIsAList_IsReportedAsWrongType()
    {
        // Given front matter whose top level is a list
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            - title
            - date
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then it is reported where the list starts
        run.AssertPrinted($"{Path}:2:1: error BRF007: expected 'key: value' lines at the top level");
    }
}

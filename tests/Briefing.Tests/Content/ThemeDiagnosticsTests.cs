using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>Theme problems (BRF022, BRF028) are printed like content problems: the template file, line and column.</summary>
public sealed class ThemeDiagnosticsTests
{
    [Fact]
    public void MissingThemeFolder_IsReported()
    {
        // Given a site without themes/
        using var site = TestSite.Create(BrokenSite.Registry, withTheme: false);

        // When the site is built
        var run = site.BuildFailing();

        // Then the theme folder is named
        run.AssertPrinted(
            "themes/briefing:1:1: error BRF028: no theme folder themes/briefing/ beside content/; copy the project's themes/ folder here");
    }

    [Fact]
    public void MissingLayout_IsReported()
    {
        // Given the real theme without its tag layout
        using var site = BrokenSite.With(string.Empty);
        File.Delete(Path.Combine(site.Root, "themes", "briefing", "layouts", "tag.html"));

        // When the site is built
        var run = site.BuildFailing();

        // Then the missing layout is named
        run.AssertPrinted("themes/briefing/layouts/tag.html:1:1: error BRF028: the theme has no layout 'tag.html'");
    }

    [Fact]
    public void TemplateSyntaxError_IsReportedAtItsLineAndColumn()
    {
        // Given the real theme with a 404 layout whose line 2 holds '{{ if }}' (the condition is missing at column 7)
        using var site = BrokenSite.With(string.Empty);
        site.Write("themes/briefing/layouts/404.html", "<h1>Not found</h1>\n{{ if }}\n");

        // When the site is built
        var run = site.BuildFailing();

        // Then the template's own position is printed
        run.AssertPrinted(
            "themes/briefing/layouts/404.html:2:7: error BRF022: Error while parsing if statement: Expecting <expression> instead of `}}` in: if <expression> ... end|else|else if");
        Assert.DoesNotContain(run.DiagnosticLines, line => line.Contains("BRF028", StringComparison.Ordinal)); // present, just broken
    }

    [Fact]
    public void TemplateSyntaxError_InALayoutNoPageOfTheSiteUses_IsStillReported()
    {
        // Given a site with no briefing, so no article page, and an article layout whose line 1 holds '{{ for }}'
        using var site = BrokenSite.With(string.Empty);
        site.Write("themes/briefing/layouts/article.html", "{{ for }}\n");

        // When the site is built
        var run = site.BuildFailing();

        // Then the error is reported all the same: every template is parsed when the theme loads, as Hugo does, so a
        // broken template never waits for the first briefing that needs it (docs/performance.md, "Start-up (twelfth session)")
        run.AssertPrinted("themes/briefing/layouts/article.html:1:8: error BRF022: Error while parsing for statement: "
            + "Expecting <expression> instead of `}}` in: for <variable> in <expression> ... end");
    }

    [Fact]
    public void TemplateRuntimeError_IsReportedAtItsLineAndColumn()
    {
        // Given the real theme with a home layout that names an undefined variable on line 2, column 4
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            ---
            Body.
            """);
        site.Write("themes/briefing/layouts/home.html", "<h1>Home</h1>\n{{ no_such_variable }}\n");

        // When the site is built
        var run = site.BuildFailing();

        // Then the template's own position is printed
        run.AssertPrinted("themes/briefing/layouts/home.html:2:4: error BRF022: The variable or function `no_such_variable` was not found");
    }
}

using System.Text.Json;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary><c>briefing check</c>: every problem of content and theme, in text or JSON, without writing anything.</summary>
public sealed class CheckCommandTests
{
    private const string Valid = """
        -- content/companies/openai.yml --
        name: OpenAI
        -- content/briefings/2025/x.md --
        ---
        title: "A"
        date: 2025-06-26
        summary: "S"
        companies: [openai]
        sources:
          - name: Reuters
        ---
        OpenAI said so.
        """;

    private const string Broken = """
        -- content/companies/openai.yml --
        name: OpenAI
        -- content/briefings/2025/x.md --
        ---
        title: "A"
        date: 2025-06-26
        summary: "S"
        companies: [opnai]
        ---
        -- content/briefings/2025/y.md --
        ---
        title: "Y"
        date: 2025-02-30
        summary: "S"
        ---
        """;

    [Fact]
    public void ValidSite_PrintsOnlyTheSummary_ExitsZero_AndWritesNothing()
    {
        // Given a valid site
        using var site = TestSite.Create(Valid);

        // When it is checked
        var run = site.Cli("check");

        // Then one summary line, exit code 0, and no output folder
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("check passed: 1 briefing(s) to publish (0 draft(s), 0 scheduled left out); 0 error(s), 0 warning(s)\n", run.Stdout);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void BrokenContentAndTemplate_AreAllPrinted_ThenTheSummary_ExitOne()
    {
        // Given two broken briefings and a layout with an unclosed tag on line 1
        using var site = TestSite.Create(Broken);
        File.WriteAllText(Path.Combine(site.Root, "themes/briefing/layouts/tag.html"), "{{ if page.title }}\n<h1>x</h1>\n");

        // When it is checked
        var run = site.Cli("check");

        // Then every problem is printed as the problem matchers read it, sorted, then the summary
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            """
            content/briefings/2025/x.md:5:13: error BRF009: unknown company 'opnai' (did you mean 'openai'?)
            content/briefings/2025/y.md:3:7: error BRF008: 'date' is not an ISO 8601 date: '2025-02-30' (write 2025-06-26 or 2025-06-26T09:00:00Z)
            themes/briefing/layouts/tag.html:1:20: error BRF022: Error while parsing if statement: The <end> statement was not found in: if <expression> ... end|else|else if
            check failed: 3 error(s), 0 warning(s)

            """,
            run.Stdout);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void JsonFormat_GivesCountsAndEveryDiagnosticAsFields()
    {
        // Given the broken site
        using var site = TestSite.Create(Broken);

        // When it is checked with --format json
        var run = site.Cli("check", "--format", "json");

        // Then the JSON has the counts and each diagnostic's path, line, column, severity, code and message
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("warnings").GetInt32());
        var first = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("content/briefings/2025/x.md", first.GetProperty("path").GetString());
        Assert.Equal(5, first.GetProperty("line").GetInt32());
        Assert.Equal(13, first.GetProperty("column").GetInt32());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("BRF009", first.GetProperty("code").GetString());
        Assert.Equal("unknown company 'opnai' (did you mean 'openai'?)", first.GetProperty("message").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void GitHubFormat_PrintsOneWorkflowAnnotationPerProblem_OnTheEditorsLine()
    {
        // Given the broken site
        using var site = TestSite.Create(Broken);

        // When it is checked with --format github
        var run = site.Cli("check", "--format", "github");

        // Then each problem is an ::error annotation with file, line, column and code, then the summary
        Assert.Equal(1, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("::error file=content/briefings/2025/x.md,line=5,col=13,title=BRF009::unknown company 'opnai' (did you mean 'openai'?)", lines[0]);
        Assert.Equal(2, lines.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
        Assert.Equal("check failed: 2 error(s), 0 warning(s)", lines[^1]);
    }

    [Fact]
    public void GitHubAnnotation_EscapesWhatTheRunnerWouldReadAsSyntax()
    {
        // Given a warning whose path has a comma and a colon and whose message has a percent sign and a newline
        var diagnostic = global::Briefing.Model.Diagnostic.Warning(global::Briefing.Model.DiagnosticCodes.SummaryTooLong,
            new global::Briefing.Model.SourceSpan("content/a,b:c.md", 2, 3), "100% long\nreally");

        // When it is formatted, then properties escape % , : and the message % and line breaks
        Assert.Equal("::warning file=content/a%2Cb%3Ac.md,line=2,col=3,title=BRF030::100%25 long%0Areally",
            global::Briefing.Cli.GitHubAnnotations.Format(diagnostic));
    }

    [Fact]
    public void JsonFormat_OfAValidSite_CountsTheBriefings()
    {
        // Given a valid site
        using var site = TestSite.Create(Valid);

        // When it is checked with --format json
        var run = site.Cli("check", "--format", "json");

        // Then no diagnostics, and the number of briefings to publish
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("briefings").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void MissingTheme_IsAnError()
    {
        // Given content without a themes/ folder
        using var site = TestSite.Create(Valid, withTheme: false);

        // When it is checked
        var run = site.Cli("check");

        // Then the missing theme is reported
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("themes/briefing:1:1: error BRF028: no theme folder themes/briefing/ beside content/; copy the project's themes/ folder here\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormat_IsRefused()
    {
        // Given a valid site
        using var site = TestSite.Create(Valid);

        // When it is checked with --format xml
        var run = site.Cli("check", "--format", "xml");

        // Then the option is refused with a usage error
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("xml", run.Stderr, StringComparison.Ordinal);
    }
}

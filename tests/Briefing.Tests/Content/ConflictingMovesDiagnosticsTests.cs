namespace Briefing.Tests.Content;

/// <summary>The same person moving twice on one day between different companies: a warning naming both briefings.</summary>
public sealed class ConflictingMovesDiagnosticsTests
{
    private static string Briefing(string slug, string date, string from, string to, string kind) => $"""
        -- content/briefings/2025/{slug}.md --
        ---
        title: "{slug}"
        date: {date}
        summary: "S"
        people: [vasi-philomin]
        moves:
          - person: vasi-philomin
            from: {from}
            to: {to}
            kind: {kind}
            date: 2025-06-26
        ---
        Body.
        """;

    [Fact]
    public void SamePersonSameDay_DifferentCompanies_IsAWarningNamingBothBriefings()
    {
        // Given two briefings: one says Vasi went from AWS to OpenAI, a later one from AWS to Meta on the same day
        using var site = BrokenSite.With(Briefing("first", "2025-06-26", "aws", "openai", "hire") + "\n"
            + Briefing("second", "2025-06-27", "aws", "meta", "poach"));

        // When the site is built
        var run = site.BuildSucceeding();

        // Then the later briefing carries a warning that names the earlier one
        run.AssertPrinted("content/briefings/2025/second.md:7:5: warning BRF035: vasi-philomin moves aws → meta on 2025-06-26 here "
            + "but aws → openai in content/briefings/2025/first.md:7:5; check which report is right");
    }

    [Fact]
    public void SameMoveReportedTwice_IsNoWarning()
    {
        // Given two briefings that report the same move, and a third that only says the destination was undisclosed
        using var site = BrokenSite.With(Briefing("first", "2025-06-26", "aws", "openai", "hire") + "\n"
            + Briefing("second", "2025-06-27", "aws", "openai", "hire") + "\n"
            + Briefing("third", "2025-06-28", "aws", "~", "departure"));

        // When the site is built
        var run = site.BuildSucceeding();

        // Then nothing conflicts
        Assert.DoesNotContain(run.DiagnosticLines, l => l.Contains("BRF035", StringComparison.Ordinal));
    }
}

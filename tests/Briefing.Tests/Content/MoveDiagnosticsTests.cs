namespace Briefing.Tests.Content;

/// <summary>The rules of talent moves: kinds, companies, people, groups and dates.</summary>
public sealed class MoveDiagnosticsTests
{
    private const string Path = "content/briefings/2025/x.md";

    /// <summary>
    /// A briefing dated 2025-06-26 whose 'people' is <paramref name="people"/> and whose 'moves' list is
    /// <paramref name="move"/>: the move's first line is line 7 of the file, its keys at column 5.
    /// </summary>
    private static string Briefing(string move, string people = "[vasi-philomin]") => $"""
        -- {Path} --
        ---
        title: "A"
        date: 2025-06-26
        summary: "S"
        people: {people}
        moves:
        {move}
        ---
        Body.
        """;

    [Fact]
    public void GroupMove_WithCountAndWho_IsValid()
    {
        // Given a poach that names nobody: 3 OpenAI researchers
        using var site = BrokenSite.With(Briefing("""
              - count: 3
                who: "OpenAI researchers"
                from: openai
                to: meta
                kind: poach
                date: 2025-06-25
            """));

        // When the site is built
        var run = site.BuildSucceeding();

        // Then it is published without diagnostics
        Assert.Empty(run.LinesBesidesMissingSourcesAndUnusedEntries());
        Assert.True(site.OutputExists("briefings/2025/x/index.html"));
    }

    [Fact]
    public void DepartureToAnUndisclosedCompany_IsValid()
    {
        // Given a departure with 'to: ~'
        using var site = BrokenSite.With(Briefing("""
              - person: vasi-philomin
                from: aws
                to: ~
                kind: departure
                date: 2025-06-26
            """));

        // When the site is built
        var run = site.BuildSucceeding();

        // Then it is published without diagnostics
        Assert.Empty(run.LinesBesidesMissingSourcesAndUnusedEntries());
    }

    [Fact]
    public void MoveWithNeitherPersonNorCount_IsReportedAsMissingField()
    {
        // Given a move (line 7, column 5) that names nobody and no group
        using var site = BrokenSite.With(Briefing("""
              - from: openai
                to: meta
                kind: poach
                date: 2025-06-25
            """));

        // When the site is built
        var run = site.BuildFailing();

        // Then the move is reported at its first key
        run.AssertPrinted(
            $"{Path}:7:5: error BRF006: a move names a 'person', or a 'count' and 'who' when the reports name nobody");
    }

    [Fact]
    public void GroupMoveWithoutWho_IsReportedAsMissingField()
    {
        // Given a group move with 'count' on line 7 but no 'who'
        using var site = BrokenSite.With(Briefing("""
              - count: 3
                from: openai
                to: meta
                kind: poach
                date: 2025-06-25
            """));

        // When the site is built
        var run = site.BuildFailing();

        // Then 'count' is named
        run.AssertPrinted($"{Path}:7:5: error BRF006: a group move needs 'who' (for example \"OpenAI researchers\")");
    }

    [Fact]
    public void MoveWithBothPersonAndCount_IsInvalid()
    {
        // Given a move with 'person' and 'count' (line 8)
        using var site = BrokenSite.With(Briefing("""
              - person: vasi-philomin
                count: 2
                from: aws
                to: ~
                kind: departure
                date: 2025-06-26
            """));

        // When the site is built
        var run = site.BuildFailing();

        // Then 'count' is reported
        run.AssertPrinted($"{Path}:8:5: error BRF014: a move names either a 'person' or a group ('count' and 'who'), not both");
    }

    [Fact]
    public void GroupCountOfZero_IsReportedAsInvalidNumber()
    {
        // Given 'count: 0' on line 7, value at column 12
        using var site = BrokenSite.With(Briefing("""
              - count: 0
                who: "Nobody"
                from: openai
                to: meta
                kind: poach
                date: 2025-06-25
            """));

        // When the site is built
        var run = site.BuildFailing();

        // Then the number is refused
        run.AssertPrinted($"{Path}:7:12: error BRF024: 'count' must be a whole number above 0, not '0'");
    }

    [Fact]
    public void MoveWithoutKind_IsReportedAsMissingField()
    {
        // Given a move (line 7, column 5) without 'kind'
        using var site = BrokenSite.With(Briefing("""
              - person: vasi-philomin
                from: aws
                to: ~
                date: 2025-06-26
            """));

        // When the site is built
        var run = site.BuildFailing();

        // Then 'kind' is named at the move
        run.AssertPrinted($"{Path}:7:5: error BRF006: missing required field 'kind'");
    }

    [Fact]
    public void PromotionBetweenTwoCompanies_IsInvalid()
    {
        // Given a promotion from aws to amazon ('to' value on line 9, column 9)
        using var site = BrokenSite.With(Briefing("""
              - person: vasi-philomin
                from: aws
                to: amazon
                kind: promotion
                date: 2025-06-26
            """));

        // When the site is built
        var run = site.BuildFailing();

        // Then 'to' is reported
        run.AssertPrinted(
            $"{Path}:9:9: error BRF014: a promotion stays inside one company: 'to' ('amazon') must be the same as 'from' ('aws')");
    }

    [Fact]
    public void HireToAnUndisclosedCompany_IsInvalid()
    {
        // Given a hire with 'to: ~' ('to' key on line 9, column 5)
        using var site = BrokenSite.With(Briefing("""
              - person: vasi-philomin
                from: aws
                to: ~
                kind: hire
                date: 2025-06-26
            """));

        // When the site is built
        var run = site.BuildFailing();

        // Then the 'to' key is reported
        run.AssertPrinted(
            $"{Path}:9:5: error BRF014: a hire names the company the person joined in 'to'; only a departure may leave it undisclosed");
    }

    [Fact]
    public void PoachWithinOneCompany_IsInvalid()
    {
        // Given a poach from meta to meta ('to' value on line 9, column 9)
        using var site = BrokenSite.With(Briefing("""
              - person: vasi-philomin
                from: meta
                to: meta
                kind: poach
                date: 2025-06-26
            """));

        // When the site is built
        var run = site.BuildFailing();

        // Then 'to' is reported with the way out
        run.AssertPrinted(
            $"{Path}:9:9: error BRF014: a poach moves between two different companies, but 'from' and 'to' are both 'meta' (use kind: promotion for an internal move)");
    }

    [Fact]
    public void UnknownMoveKind_IsReportedWithSuggestion()
    {
        // Given 'kind: hiree' on line 10, value at column 11
        using var site = BrokenSite.With(Briefing("""
              - person: vasi-philomin
                from: aws
                to: openai
                kind: hiree
                date: 2025-06-26
            """));

        // When the site is built
        var run = site.BuildFailing();

        // Then the closest kind is suggested
        run.AssertPrinted(
            $"{Path}:10:11: error BRF015: unknown move kind 'hiree' (use hire, departure, promotion or poach; did you mean 'hire'?)");
    }

    [Fact]
    public void MovePersonMissingFromPeople_IsReported()
    {
        // Given a move of vasi-philomin (line 7, value at column 13) in a briefing listing only andy-jassy
        using var site = BrokenSite.With(Briefing(
            """
              - person: vasi-philomin
                from: aws
                to: ~
                kind: departure
                date: 2025-06-26
            """,
            people: "[andy-jassy]"));

        // When the site is built
        var run = site.BuildFailing();

        // Then the person is named, with the fix
        run.AssertPrinted(
            $"{Path}:7:13: error BRF016: move names 'vasi-philomin', who is missing from this briefing's 'people'; add them there");
    }

    [Fact]
    public void MoveDatedAfterTheBriefing_IsReported()
    {
        // Given a move on 2025-06-27 (line 11, column 11) in a briefing of 2025-06-26
        using var site = BrokenSite.With(Briefing("""
              - person: vasi-philomin
                from: aws
                to: ~
                kind: departure
                date: 2025-06-27
            """));

        // When the site is built
        var run = site.BuildFailing();

        // Then both dates are printed
        run.AssertPrinted(
            $"{Path}:11:11: error BRF017: move date 2025-06-27 is after the briefing's date 2025-06-26; a briefing reports moves that already happened");
    }

    [Fact]
    public void InvalidMoveDate_IsReportedAtTheValue()
    {
        // Given 'date: June 25' on line 11, column 11
        using var site = BrokenSite.With(Briefing("""
              - person: vasi-philomin
                from: aws
                to: ~
                kind: departure
                date: June 25
            """));

        // When the site is built
        var run = site.BuildFailing();

        // Then the move date is named
        run.AssertPrinted($"{Path}:11:11: error BRF008: move 'date' is not an ISO 8601 date: 'June 25' (write 2025-06-26)");
    }

    [Fact]
    public void UnknownCompanyInAMove_IsReportedWithSuggestion()
    {
        // Given 'to: opnai' on line 9, value at column 9
        using var site = BrokenSite.With(Briefing("""
              - person: vasi-philomin
                from: aws
                to: opnai
                kind: hire
                date: 2025-06-26
            """));

        // When the site is built
        var run = site.BuildFailing();

        // Then the closest company is suggested
        run.AssertPrinted($"{Path}:9:9: error BRF009: unknown company 'opnai' (did you mean 'openai'?)");
    }

    [Fact]
    public void UnknownKeyInAMove_IsReportedWithSuggestion()
    {
        // Given 'persn' on line 7, column 5
        using var site = BrokenSite.With(Briefing("""
              - persn: vasi-philomin
                from: aws
                to: ~
                kind: departure
                date: 2025-06-26
            """));

        // When the site is built
        var run = site.BuildFailing();

        // Then 'person' is suggested
        run.AssertPrinted($"{Path}:7:5: error BRF005: unknown key 'persn' (did you mean 'person'?)");
    }
}

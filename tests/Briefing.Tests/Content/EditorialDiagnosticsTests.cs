namespace Briefing.Tests.Content;

/// <summary>The editorial warnings of a valid site: summary length, sources, unused registry entries, placeholders.</summary>
public sealed class EditorialDiagnosticsTests
{
    private const string Path = "content/briefings/2025/x.md";

    [Fact]
    public void SummaryLongerThan280Characters_IsAWarningAtTheSummary()
    {
        // Given a summary of 281 characters (with a non-ASCII letter counted once) on line 4
        var summary = "é" + new string('a', 280);
        using var site = BrokenSite.With($"""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "{summary}"
            sources:
              - name: Reuters
            ---
            Body.
            """);

        // When the site is built
        var run = site.BuildSucceeding();

        // Then a warning gives the length and the limit
        run.AssertPrinted($"{Path}:4:10: warning BRF030: the summary has 281 characters; lists, feeds and social cards cut it after 280, so shorten it");
    }

    [Fact]
    public void SummaryOfExactly280Characters_IsFine()
    {
        // Given a summary of 280 characters
        using var site = BrokenSite.With($"""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "{new string('a', 280)}"
            ---
            """);

        // When the site is built
        var run = site.BuildSucceeding();

        // Then no length warning
        Assert.DoesNotContain(run.DiagnosticLines, l => l.Contains(" BRF030: ", StringComparison.Ordinal));
    }

    [Fact]
    public void BriefingWithoutSources_IsAWarningAtTheTopOfTheFrontMatter()
    {
        // Given a briefing with no 'sources' key
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            ---
            Body.
            """);

        // When the site is built
        var run = site.BuildSucceeding();

        // Then the warning points at the first key and says what to add
        run.AssertPrinted($"{Path}:2:1: warning BRF031: this briefing cites no sources; add at least one under 'sources' (a name, and a url when there is one)");
    }

    [Fact]
    public void EmptySourcesList_IsAWarningAtTheKey()
    {
        // Given 'sources: []' on line 5
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            sources: []
            ---
            """);

        // When the site is built
        var run = site.BuildSucceeding();

        // Then the warning points at the key
        run.AssertPrinted($"{Path}:5:1: warning BRF031: this briefing cites no sources; add at least one under 'sources' (a name, and a url when there is one)");
    }

    [Fact]
    public void RegistryEntriesThatNothingMentions_AreWarnings_ButAParentIsMentionedByItsSubsidiary()
    {
        // Given a briefing naming aws (whose parent is amazon) and meta, and a move to openai's rival; nobody names andy-jassy
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            companies: [aws]
            people: [vasi-philomin]
            moves:
              - person: vasi-philomin
                from: aws
                to: meta
                kind: hire
                date: 2025-06-26
            sources: [{name: Reuters}]
            ---
            """);

        // When the site is built
        var run = site.BuildSucceeding();

        // Then the unused person and company are reported at their files; amazon (a parent) and meta (in a move) are not
        run.AssertPrinted("content/people/andy-jassy.yml:1:1: warning BRF032: no briefing mentions the person 'andy-jassy' (Andy Jassy); list them in a briefing's 'people', or remove this file");
        run.AssertPrinted("content/companies/openai.yml:1:1: warning BRF032: no briefing or company mentions the company 'openai' (OpenAI); list it in a briefing's 'companies', or remove this file");
        Assert.Equal(2, run.DiagnosticLines.Count);
    }

    [Fact]
    public void EntryMentionedOnlyByADraft_IsNotReported()
    {
        // Given the only mention of andy-jassy is in a draft, which the build leaves out
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            people: [andy-jassy]
            draft: true
            ---
            """);

        // When the site is built without drafts
        var run = site.BuildSucceeding();

        // Then the entry counts as used: the draft will publish it
        Assert.DoesNotContain(run.DiagnosticLines, l => l.StartsWith("content/people/andy-jassy.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void EditorialWarnings_WaitUntilTheContentHasNoErrors()
    {
        // Given a briefing without sources next to one with a misspelt company
        using var site = BrokenSite.With("""
            -- content/briefings/2025/a.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            ---
            -- content/briefings/2025/b.md --
            ---
            title: "B"
            date: 2025-06-26
            summary: "S"
            companies: [amzon]
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then only the error is printed: 'unused amazon' would be wrong while a slug is misspelt
        Assert.Equal(["content/briefings/2025/b.md:5:13: error BRF009: unknown company 'amzon' (did you mean 'amazon'?)"], run.DiagnosticLines);
    }
}

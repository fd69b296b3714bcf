using Briefing.Content;

namespace Briefing.Tests.Content;

/// <summary>The placeholders 'briefing new' writes are reported until replaced (BRF034).</summary>
public sealed class PlaceholderDiagnosticsTests
{
    private const string Path = "content/briefings/2025/x.md";

    private static string Briefing(bool draft) => $"""
        -- content/briefings/2025/x.md --
        ---
        title: "A"
        date: 2025-06-26
        summary: "{Placeholders.Summary}"
        draft: {(draft ? "true" : "false")}
        ---
        """;

    [Fact]
    public void PlaceholderSummary_InADraft_IsAWarning()
    {
        // Given a draft whose summary (line 4, column 10) is still the placeholder
        using var site = BrokenSite.With(Briefing(draft: true));

        // When the site is built with drafts
        var run = site.Build("--drafts");

        // Then it is a warning: the draft can be previewed
        Assert.Equal(0, run.ExitCode);
        run.AssertPrinted($"{Path}:4:10: warning BRF034: the summary is still the placeholder that 'briefing new' wrote; replace it with one or two sentences before you publish");
    }

    [Fact]
    public void PlaceholderSummary_InABriefingToPublish_IsAnError()
    {
        // Given a briefing that is not a draft with the placeholder summary
        using var site = BrokenSite.With(Briefing(draft: false));

        // When the site is built
        var run = site.BuildFailing();

        // Then it is an error: the placeholder would reach feeds and social cards
        run.AssertPrinted($"{Path}:4:10: error BRF034: the summary is still the placeholder that 'briefing new' wrote; replace it with one or two sentences (a briefing that is not a draft cannot be published with it)");
    }

    [Fact]
    public void PlaceholderDescription_InARegistryFile_IsAWarning()
    {
        // Given a person file whose description (line 3, column 14) is the placeholder
        using var site = BrokenSite.With($"""
            -- content/people/new-person.yml --
            name: "New Person"
            aliases: []
            description: "{Placeholders.Description}"
            """);

        // When the site is built
        var run = site.BuildSucceeding();

        // Then it is a warning at the value
        run.AssertPrinted("content/people/new-person.yml:3:14: warning BRF034: the description is still the placeholder that 'briefing new' wrote; replace it with one sentence or remove the line");
    }
}

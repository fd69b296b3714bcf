using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>Corrections (BRF056, BRF057, BRF039 in their text) and slugs that an archive's URL takes (BRF055).</summary>
public sealed class CorrectionDiagnosticsTests
{
    private const string Path = "content/briefings/2025/x.md";

    private static TestSite Briefing(string extra, string file = "x") => BrokenSite.With($"""
        -- content/briefings/2025/{file}.md --
        ---
        title: "A"
        date: 2025-06-26T09:00:00Z
        summary: "S"
        {extra}
        ---
        Body.
        """);

    [Fact]
    public void CorrectionDatedBeforeTheBriefing_IsAnError_AtItsDate()
    {
        // Given a correction dated the day before the briefing (line 6, column 11)
        using var site = Briefing("corrections:\n  - date: 2025-06-25\n    text: \"Fixed a name.\"");

        // When the site is built
        var run = site.BuildFailing();

        // Then the correction's date is reported with both dates
        run.AssertPrinted($"{Path}:6:11: error BRF056: this correction is dated 2025-06-25, before the briefing it corrects (2025-06-26T09:00:00+00:00); a correction comes after publication");
    }

    [Fact]
    public void CorrectionEarlierTheSameDay_IsAnError_WhenBothHaveATime()
    {
        using var site = Briefing("corrections:\n  - date: 2025-06-26T08:00:00Z\n    text: \"Fixed a name.\"");

        var run = site.BuildFailing();

        run.AssertPrinted($"{Path}:6:11: error BRF056: this correction is dated 2025-06-26T08:00:00+00:00, before the briefing it corrects (2025-06-26T09:00:00+00:00); a correction comes after publication");
    }

    [Fact]
    public void CorrectionOnTheBriefingsDay_WithoutATime_IsAccepted_AndDoesNotMoveUpdated()
    {
        // Given a correction on the briefing's own day, written without a time
        using var site = Briefing("corrections:\n  - date: 2025-06-26\n    text: \"Clarified a title.\"");

        // When the site is built
        site.BuildSucceeding();

        // Then the page shows the correction but no "Updated" line (the correction is not later than the briefing)
        var page = Html.Load(site, "briefings/2025/x/index.html");
        Assert.NotNull(page.QuerySelector("#correction-2025-06-26-1"));
        Assert.Null(page.QuerySelector(".dateline .updated"));
    }

    [Fact]
    public void EmptyCorrectionText_IsAnError_AtTheText()
    {
        // Given a correction whose text is only spaces (line 7, column 11)
        using var site = Briefing("corrections:\n  - date: 2025-06-27\n    text: \"  \"");

        var run = site.BuildFailing();

        run.AssertPrinted($"{Path}:7:11: error BRF057: this correction has no 'text'; say what was wrong and what is right (Markdown is allowed)");
    }

    [Fact]
    public void MissingCorrectionText_IsAnError_AtTheCorrection()
    {
        // Given a correction with a date and no text at all (the mapping starts at line 6, column 5)
        using var site = Briefing("corrections:\n  - date: 2025-06-27");

        var run = site.BuildFailing();

        run.AssertPrinted($"{Path}:6:5: error BRF057: this correction has no 'text'; say what was wrong and what is right (Markdown is allowed)");
    }

    [Fact]
    public void UnsafeLinkInACorrection_IsReportedAtTheText_AndNotPublished()
    {
        // Given a correction whose Markdown links to a javascript: URL (its text at line 7, column 11)
        using var site = Briefing("corrections:\n  - date: 2025-06-27\n    text: \"See [this](javascript:alert(1)).\"");

        var run = site.BuildSucceeding();

        run.AssertPrinted($"{Path}:7:11: warning BRF039: this link's 'javascript:' URL is not published (links and images may use http, https, mailto, a relative path or a #fragment); readers see its text without the link");
        Assert.DoesNotContain("javascript:", site.ReadOutput("briefings/2025/x/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", site.ReadOutput("corrections/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", site.ReadOutput("corrections/feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void MonthSlug_IsAnError_AtTheSlug_NotAnOverwrittenArchive()
    {
        // Given a briefing whose slug is 06, the URL of June's archive (line 5, column 7)
        using var site = Briefing("slug: \"06\"");

        var run = site.BuildFailing();

        run.AssertPrinted($"{Path}:5:7: error BRF055: slug '06' would publish this briefing at /briefings/2025/06/, the archive of June 2025; choose another 'slug'");
    }

    [Fact]
    public void PageSlugFromTheFileName_IsAnError_AtTheFile()
    {
        // Given a briefing file named page.md (no slug: the file name is the slug)
        using var site = Briefing(string.Empty, file: "page");

        var run = site.BuildFailing();

        run.AssertPrinted("content/briefings/2025/page.md:1:1: error BRF055: slug 'page' would publish this briefing at /briefings/2025/page/, where the 2025 archive's later pages go; choose another 'slug' (it comes from the file name)");
    }

    [Theory]
    [InlineData("00")]
    [InlineData("13")]
    [InlineData("2025")]
    [InlineData("pages")]
    public void SlugsNoArchiveTakes_AreAccepted(string slug)
    {
        using var site = Briefing($"slug: \"{slug}\"");

        site.BuildSucceeding();

        Assert.True(site.OutputExists($"briefings/2025/{slug}/index.html"));
    }
}

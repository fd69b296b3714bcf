using Briefing.Tests.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>Drafts and briefings dated after "now" stay out of pages, feeds and sitemaps unless asked for.</summary>
public sealed class SchedulingTests
{
    private const string Site = """
        -- content/briefings/2025/earlier.md --
        ---
        title: "Earlier"
        date: 2025-06-30T09:00:00Z
        summary: "Published."
        ---
        -- content/briefings/2025/later.md --
        ---
        title: "Later"
        date: 2025-07-01T12:00:01Z
        summary: "Scheduled one second after now."
        ---
        -- content/briefings/2025/unfinished.md --
        ---
        title: "Unfinished"
        date: 2025-06-29
        summary: "A draft."
        draft: true
        ---
        """;

    [Fact]
    public void ScheduledBriefing_IsLeftOutOfPagesFeedAndSitemap()
    {
        // Given a briefing dated one second after now
        using var site = TestSite.Create(Site);

        // When the site is built
        var run = site.Cli("build");

        // Then only the published briefing is anywhere in the output
        Assert.Equal(0, run.ExitCode);
        Assert.True(site.OutputExists("briefings/2025/earlier/index.html"));
        Assert.False(site.OutputExists("briefings/2025/later/index.html"));
        Assert.False(site.OutputExists("briefings/2025/unfinished/index.html"));
        foreach (var file in new[] { "index.html", "feed.xml", "sitemap.xml" })
        {
            Assert.Contains("/briefings/2025/earlier/", site.ReadOutput(file), StringComparison.Ordinal);
            Assert.DoesNotContain("/briefings/2025/later/", site.ReadOutput(file), StringComparison.Ordinal);
            Assert.DoesNotContain("/briefings/2025/unfinished/", site.ReadOutput(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ScheduledBriefing_IsPublished_WithFuture_OrOnceItsTimeHasCome()
    {
        // Given the same site
        using var site = TestSite.Create(Site);

        // When it is built with --future, and again at the scheduled time without it
        var withFlag = site.Cli("build", "--future");
        var withFlagFeed = site.ReadOutput("feed.xml");
        var onTime = site.CliAt(SiteCli.Now.AddSeconds(1), "build");

        // Then the briefing is published both times, in the feed too
        Assert.Equal(0, withFlag.ExitCode);
        Assert.Contains("/briefings/2025/later/", withFlagFeed, StringComparison.Ordinal);
        Assert.Equal(0, onTime.ExitCode);
        Assert.True(site.OutputExists("briefings/2025/later/index.html"));
    }

    [Fact]
    public void Draft_IsPublishedWithDrafts_WithItsBadge()
    {
        // Given the same site
        using var site = TestSite.Create(Site);

        // When it is built with --drafts
        var run = site.Cli("build", "--drafts");

        // Then the draft has a page that says it is a draft
        Assert.Equal(0, run.ExitCode);
        var page = Html.Load(site, "briefings/2025/unfinished/index.html");
        Assert.NotNull(page.QuerySelector(".badge-draft"));
    }

    [Fact]
    public void Check_CountsWhatABuildWouldLeaveOut()
    {
        // Given the same site
        using var site = TestSite.Create(Site);

        // When it is checked, then checked with --future and --drafts
        var plain = site.Cli("check");
        var all = site.Cli("check", "--future", "--drafts");

        // Then the summary says what is left out
        Assert.EndsWith("check passed: 1 briefing(s) to publish (1 draft(s), 1 scheduled left out); 0 error(s), 3 warning(s)\n", plain.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("check passed: 3 briefing(s) to publish (0 draft(s), 0 scheduled left out); 0 error(s), 3 warning(s)\n", all.Stdout, StringComparison.Ordinal);
    }
}

using Briefing.Tests.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>site.yml's timezone and newsletter block, content/digest/ file names and weeks, and 'briefing digest --week'.</summary>
public sealed class DigestDiagnosticsTests
{
    private const string Briefing = """
        -- content/briefings/2025/a.md --
        ---
        title: "A"
        date: 2025-06-25
        summary: "Week 26."
        companies: [amazon]
        sources:
          - name: Example
            url: https://example.com/a
        ---
        """;

    private static string SiteYml(string extra) => $"""
        -- content/site.yml --
        title: Test Briefing
        base_url: https://example.org/
        description: A test site.
        language: en
        {extra}
        """;

    [Fact]
    public void UnknownTimeZone_IsReportedAtItsValue()
    {
        // Given a timezone that is no IANA id, on line 5, value at column 11
        using var site = BrokenSite.With(SiteYml("timezone: Mars/Olympus") + "\n" + Briefing);

        // When the site is built
        var run = site.BuildFailing();

        // Then the value is named, with examples of valid ids
        run.AssertPrinted("content/site.yml:5:11: error BRF075: timezone 'Mars/Olympus' is not an IANA time zone id; write one such as UTC, Europe/Berlin or America/New_York");
    }

    [Fact]
    public void NewsletterWithoutHttpsAction_IsReportedAtTheAction()
    {
        // Given a newsletter block whose action is plain http
        using var site = BrokenSite.With(SiteYml("""
            newsletter:
              action: http://example.com/subscribe
              field: EMAIL
            """) + "\n" + Briefing);

        // When the site is built
        var run = site.BuildFailing();

        // Then the action is named, with where to find the right one
        run.AssertPrinted("content/site.yml:6:11: error BRF076: newsletter action 'http://example.com/subscribe' is not an absolute https URL; copy the sign-up form's action URL from your mailing service");
    }

    [Fact]
    public void NewsletterFieldThatIsNoFormName_IsReported()
    {
        // Given a field name with a space
        using var site = BrokenSite.With(SiteYml("""
            newsletter:
              action: https://example.com/subscribe
              field: "e mail"
            """) + "\n" + Briefing);

        // When the site is built
        var run = site.BuildFailing();

        // Then the field is named
        run.AssertPrinted("content/site.yml:7:10: error BRF076: newsletter field 'e mail' is not a form field name (letters, digits, '-', '_', '[', ']'); use the name your service's form gives its email input");
    }

    [Fact]
    public void UnknownKeyInNewsletter_IsAnError()
    {
        // Given a misspelt key in the newsletter block
        using var site = BrokenSite.With(SiteYml("""
            newsletter:
              acton: https://example.com/subscribe
            """) + "\n" + Briefing);

        // When the site is built
        var run = site.BuildFailing();

        // Then it is an unknown key with a suggestion, and the required action is missing
        run.AssertPrinted("content/site.yml:6:3: error BRF005: unknown key 'acton' (did you mean 'action'?)");
    }

    [Fact]
    public void DigestFileNotNamedAfterAWeek_IsReported()
    {
        // Given an intro named after a date instead of a week
        using var site = BrokenSite.With(Briefing + "\n" + """
            -- content/digest/2025-06-23.md --
            Hello.
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the file is named, with the expected shape
        run.AssertPrinted("content/digest/2025-06-23.md:1:1: error BRF077: a digest intro is named after its ISO week, content/digest/YYYY-Www.md (for example 2025-W26.md, week 1 of 2025 is 2025-W01)");
    }

    [Fact]
    public void UnknownKeyInDigestIntro_IsAnError()
    {
        // Given an intro with a key the digest does not define
        using var site = BrokenSite.With(Briefing + "\n" + """
            -- content/digest/2025-W26.md --
            ---
            subtitle: "No"
            ---
            Hello.
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then it is reported like any unknown key, with the keys an intro may have
        run.AssertPrinted("content/digest/2025-W26.md:2:1: error BRF005: unknown key 'subtitle' (allowed: title, draft)");
    }

    [Fact]
    public void IntroForAWeekWithoutBriefings_IsAWarning_AndPublishesNothing()
    {
        // Given an intro for week 24, which has no briefing
        using var site = BrokenSite.With(Briefing + "\n" + """
            -- content/digest/2025-W24.md --
            Nothing happened.
            """);

        // When the site is built
        var run = site.Cli("build");

        // Then the build succeeds with a warning, and week 24 has no edition
        Assert.Equal(0, run.ExitCode);
        run.AssertPrinted("content/digest/2025-W24.md:1:1: warning BRF078: no published briefing is dated in 2025-W24 (9–15 June 2025), so this intro is not published; check the file name's week");
        Assert.False(site.OutputExists("digest/2025-W24/index.html"));
        Assert.True(site.OutputExists("digest/2025-W26/index.html"));
    }

    [Fact]
    public void DigestCommand_ForAnUnfinishedWeek_SaysWhenItEnds()
    {
        // Given the site at SiteCli.Now (Tuesday 1 July 2025, week 27)
        using var site = BrokenSite.With(Briefing);

        // When the edition of the running week is asked for
        var run = site.Cli("digest", "--week", "2025-W27");

        // Then it fails with the week's end
        Assert.Equal(1, run.ExitCode);
        run.AssertPrinted("content/digest/2025-W27.md:1:1: error BRF079: 2025-W27 is not finished: it ends on Sunday 6 July 2025 (UTC); the first build after that publishes its edition (the newest edition is 2025-W26)");
    }

    [Fact]
    public void DigestCommand_ForAWeekWithoutBriefings_SaysSo()
    {
        // Given the same site
        using var site = BrokenSite.With(Briefing);

        // When an empty week's edition is asked for
        var run = site.Cli("digest", "--week", "2025-W20");

        // Then it fails, naming the week's days
        Assert.Equal(1, run.ExitCode);
        run.AssertPrinted("content/digest/2025-W20.md:1:1: error BRF079: no published briefing is dated in 2025-W20 (12–18 May 2025), so it has no edition (the newest edition is 2025-W26)");
    }
}

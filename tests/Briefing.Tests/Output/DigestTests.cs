using Briefing.Tests.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>The weekly digest's editions, list, subscribe page and feed (the email itself: <see cref="DigestEmailTests"/>).</summary>
public sealed class DigestTests
{
    [Fact]
    public void FinishedWeeksWithBriefings_AreEditions_EmptyDraftAndRunningWeeksAreNot()
    {
        // Given the digest site at Tuesday 1 July 2025
        using var site = TestSite.Create(DigestSite.Files);

        // When it is built
        var run = site.Cli("build");

        // Then weeks 1 and 26 have editions; 25 (draft intro), 27 (running) and the empty weeks have none
        Assert.True(run.ExitCode == 0, run.Stderr);
        var editions = Directory.GetDirectories(Path.Combine(site.Output, "digest")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["2025-W01", "2025-W26"], editions);
        foreach (var week in new[] { "2025-W01", "2025-W26" })
        {
            Assert.True(site.OutputExists($"digest/{week}/index.html"));
            Assert.True(site.OutputExists($"digest/{week}/email.html"));
            Assert.True(site.OutputExists($"digest/{week}/email.txt"));
        }
    }

    [Fact]
    public void WeekAcrossTheYearBoundary_IsIsoWeekOne_FromMonday30December()
    {
        // Given a briefing dated 31 December 2024
        using var site = TestSite.Create(DigestSite.Files);

        // When the site is built
        site.Cli("build");

        // Then it is in the edition of 2025-W01, which names its days across both years
        var page = Html.Load(site, "digest/2025-W01/index.html");
        Assert.Equal("Week 1, 2025: 30 December 2024 – 5 January 2025", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll(".cards a"), a => a.GetAttribute("href") == "/news/briefings/2024/year-end/");
    }

    [Fact]
    public void DigestList_ShowsEditionsNewestFirst_AndTheRunningWeekSoFarWithoutALink()
    {
        // Given the digest site
        using var site = TestSite.Create(DigestSite.Files);

        // When it is built
        site.Cli("build");

        // Then /digest/ lists week 26 then week 1, and week 27 as "this week so far" with one briefing and no page
        var page = Html.Load(site, "digest/index.html");
        Assert.Equal(["/news/digest/2025-W26/", "/news/digest/2025-W01/"],
            page.QuerySelectorAll(".digest-list .digest-title a").Select(a => a.GetAttribute("href")));
        var current = page.QuerySelector(".digest-current")!;
        Assert.Contains("30 June – 6 July 2025: 1 briefing", current.TextContent, StringComparison.Ordinal);
        Assert.Empty(current.QuerySelectorAll("a"));
    }

    [Fact]
    public void Edition_HasTheIntroTitleBriefingsMovesAndNetFlows()
    {
        // Given week 26's intro with a title, and a poach of three and a departure
        using var site = TestSite.Create(DigestSite.Files);

        // When the site is built
        site.Cli("build");

        // Then its page has the editor's title and intro (links under the base path), both briefings, both moves,
        // Meta +3 as the gainer, OpenAI −3 and AWS −1 as the losers, and the companies and people involved
        var page = Html.Load(site, "digest/2025-W26/index.html");
        Assert.Equal("Meta's raid, and a departure at AWS", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("/news/moves/", page.QuerySelector(".edition-intro a")!.GetAttribute("href"));
        Assert.Equal("team", page.QuerySelector(".edition-intro strong")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".cards > li").Length);
        Assert.Equal(2, page.QuerySelectorAll("table.moves tbody tr").Length);
        var flows = page.QuerySelectorAll(".flow-list li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToArray();
        Assert.Equal(["Meta +3 (3 in, 0 out)", "OpenAI −3 (0 in, 3 out)", "Amazon Web Services −1 (0 in, 1 out)"], flows);
        Assert.Equal(["Amazon Web Services", "Meta", "OpenAI"], page.QuerySelectorAll(".edition-entities p:first-of-type a").Select(a => a.TextContent));
        Assert.Equal("/news/digest/2025-W01/", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public void DraftIntro_IsPublishedWithDrafts_WithABadge()
    {
        // Given week 25 held back by its intro's draft flag
        using var site = TestSite.Create(DigestSite.Files);

        // When the site is built with --drafts
        site.Cli("build", "--drafts");

        // Then week 25 is an edition marked as a draft and kept out of search engines
        var page = Html.Load(site, "digest/2025-W25/index.html");
        Assert.NotNull(page.QuerySelector("h1 .badge"));
        Assert.Contains("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content") ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Weeks_RunInTheSiteTimeZone()
    {
        // Given a briefing at 23:30 UTC on Sunday 29 June 2025, which is Monday morning in Tokyo
        using var site = TestSite.Create("""
            -- content/site.yml --
            title: Zone Test
            base_url: https://example.org/
            description: Zones.
            language: en
            timezone: Asia/Tokyo
            -- content/companies/meta.yml --
            name: Meta
            -- content/briefings/2025/late.md --
            ---
            title: "Late on Sunday"
            date: 2025-06-29T23:30:00Z
            summary: "Monday in Tokyo."
            companies: [meta]
            sources:
              - name: Example
                url: https://example.com/
            ---
            Late.
            """);

        // When it is built a week later
        site.CliAt(new DateTimeOffset(2025, 7, 7, 12, 0, 0, TimeSpan.Zero), "build");

        // Then it is in Tokyo's week 27, not UTC's week 26
        Assert.True(site.OutputExists("digest/2025-W27/index.html"));
        Assert.False(site.OutputExists("digest/2025-W26/index.html"));
    }

    [Fact]
    public void SubscribePage_PostsTheNewsletterFormWithoutScript_AndTheFooterLinksIt()
    {
        // Given a newsletter block in site.yml
        using var site = TestSite.Create(DigestSite.Files);

        // When the site is built
        site.Cli("build");

        // Then /subscribe/ has a plain form with the service's action and field name, and the feeds
        var page = Html.Load(site, "subscribe/index.html");
        var form = page.QuerySelector("form.subscribe-form")!;
        Assert.Equal("https://buttondown.example/api/emails/embed-subscribe/digest-test", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("email", form.QuerySelector("input[type=email]")!.GetAttribute("name"));
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains(page.QuerySelectorAll(".feed-list a"), a => a.GetAttribute("href") == "https://example.org/news/digest/feed.xml");
        Assert.Contains(Html.Load(site, "index.html").QuerySelectorAll(".site-footer a"), a => a.GetAttribute("href") == "/news/subscribe/");
    }

    [Fact]
    public void DigestFeed_HasOneItemPerFinishedEdition_WithIdsThatSurviveATitleEditAndARebuild()
    {
        // Given the digest site built on 1 July
        using var site = TestSite.Create(DigestSite.Files);
        site.Cli("build");
        var first = Feeds.Syndication(site, "digest/feed.xml");

        // When week 26's title is edited and the site is rebuilt after week 27 ended
        var intro = Path.Combine(site.Root, "content/digest/2025-W26.md");
        File.WriteAllText(intro, File.ReadAllText(intro).Replace("a departure at AWS", "AWS loses Bo Chen", StringComparison.Ordinal));
        site.CliAt(new DateTimeOffset(2025, 7, 7, 0, 0, 1, TimeSpan.Zero), "build");
        var later = Feeds.Syndication(site, "digest/feed.xml");

        // Then the first feed had weeks 26 and 1 (never the running week); the later one adds week 27, the ids unchanged
        Assert.Equal(["https://example.org/news/digest/2025-W26/", "https://example.org/news/digest/2025-W01/"], first.Items.Select(i => i.Id));
        Assert.Equal(["https://example.org/news/digest/2025-W27/", "https://example.org/news/digest/2025-W26/", "https://example.org/news/digest/2025-W01/"],
            later.Items.Select(i => i.Id));
        Assert.Equal("Meta's raid, and AWS loses Bo Chen", later.Items.ElementAt(1).Title.Text);
        Assert.Equal(new DateTimeOffset(2025, 6, 30, 0, 0, 0, TimeSpan.Zero), first.Items.First().PublishDate);
    }

    [Fact]
    public void DigestFeed_CarriesEachEditionsEmailBodyAsContent()
    {
        // Given the digest site
        using var site = TestSite.Create(DigestSite.Files);

        // When it is built
        site.Cli("build");

        // Then each item's content:encoded is the body of that week's email.html, with absolute links
        var xml = Feeds.Xml(site, "digest/feed.xml");
        var content = xml.Descendants(Feeds.Content + "encoded").First().Value;
        var email = site.ReadOutput("digest/2025-W26/email.html");
        Assert.Contains(content, email, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/news/briefings/2025/poach/\"", content, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", content, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyTheNewestFeedItemsEditions_HaveAnEmail_OlderOnesKeepTheirPage()
    {
        // Given feed_items: 1
        using var site = TestSite.Create(DigestSite.Files.Replace("language: en\n", "language: en\nfeed_items: 1\n", StringComparison.Ordinal));

        // When the site is built
        site.Cli("build");

        // Then week 26 has an email and week 1 only its page, whose text does not offer one
        Assert.True(site.OutputExists("digest/2025-W26/email.html"));
        Assert.False(site.OutputExists("digest/2025-W01/email.html"));
        Assert.True(site.OutputExists("digest/2025-W01/index.html"));
        Assert.Empty(Html.Load(site, "digest/2025-W01/index.html").QuerySelectorAll("a[href$='email.html']"));
    }

    [Fact]
    public void DigestCommand_PrintsWhereTheNewestEditionWasWritten()
    {
        // Given the digest site
        using var site = TestSite.Create(DigestSite.Files);

        // When 'briefing digest' runs without --week
        var run = site.Cli("digest");

        // Then it names week 26's page, email and text, which exist
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.StartsWith("2025-W26: Meta's raid, and a departure at AWS (2 briefing(s), 2 move(s))", run.Stdout, StringComparison.Ordinal);
        foreach (var (label, file) in new[] { ("page", "index.html"), ("email", "email.html"), ("text", "email.txt") })
        {
            var line = run.Stdout.Split('\n').Single(l => l.StartsWith($"  {label} ", StringComparison.Ordinal)).Trim();
            Assert.EndsWith($"digest/2025-W26/{file}", line, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.GetFullPath(line[label.Length..].Trim())), line);
        }
    }
}

using Briefing.Tests.Cli;

namespace Briefing.Tests.Content;

/// <summary>Aliases that are not paths on this site (BRF050), and aliases that take a page's or another alias's place (BRF051).</summary>
public sealed class AliasDiagnosticsTests
{
    private static string Briefing(string name, string aliases) => $"""
        -- content/briefings/2025/{name}.md --
        ---
        title: "{name}"
        date: 2025-06-26
        summary: "S"
        aliases: {aliases}
        ---
        Body.
        """;

    [Theory]
    [InlineData("[https://old.example.com/x/]", "5:11", "alias 'https://old.example.com/x/' is a full URL; write the path on this site only (for example /briefings/2025/old-slug/)")]
    [InlineData("[//old.example.com/x/]", "5:11", "alias '//old.example.com/x/' is a full URL; write the path on this site only (for example /briefings/2025/old-slug/)")]
    [InlineData("[/a/../../etc/]", "5:11", "alias '/a/../../etc/' has a '.' or '..' segment; write the path as it is, from the site root")]
    [InlineData("[/a//b/]", "5:11", "alias '/a//b/' has an empty segment ('//')")]
    [InlineData("[/old/, '/x/?page=2']", "5:18", "alias '/x/?page=2' has a query ('?'); a redirect matches the path only")]
    [InlineData("['/x/#top']", "5:11", "alias '/x/#top' has a fragment ('#'); a redirect matches the path only")]
    [InlineData("['/x y/']", "5:11", "alias '/x y/' contains ' '; use letters, digits and - . _ ~ in a path")]
    [InlineData("[\"/x\\ty/\"]", "5:11", "alias '/x?y/' contains a control character")]
    [InlineData("['/old/*']", "5:11", "alias '/old/*' contains '*'; use letters, digits and - . _ ~ in a path")]
    public void AnAliasThatIsNotAPathOnThisSite_IsReportedAtTheAlias(string aliases, string at, string message)
    {
        // Given a briefing whose alias is a full URL, climbs, has a query, a fragment, a space or a control character
        using var site = BrokenSite.With(Briefing("x", aliases));

        // When the site is built
        var run = site.BuildFailing();

        // Then the alias is reported at its own line and column
        run.AssertPrinted($"content/briefings/2025/x.md:{at}: error BRF050: {message}");
    }

    [Fact]
    public void ARegistryUrlAlias_IsCheckedToo_WhileOtherNamesStayNames()
    {
        // Given a company whose aliases hold a name and a bad URL
        using var site = BrokenSite.With("""
            -- content/companies/anthropic.yml --
            name: Anthropic
            aliases: [Claude maker, /companies/anthropic/../x/]
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then only the URL is reported
        run.AssertPrinted("content/companies/anthropic.yml:2:25: error BRF050: alias '/companies/anthropic/../x/' has a '.' or '..' segment; write the path as it is, from the site root");
        Assert.Single(run.DiagnosticLines, l => l.Contains("BRF050", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAliasAtAPageTheBuildWrites_IsACollision()
    {
        // Given a briefing with an alias at the companies index
        using var site = BrokenSite.With(Briefing("x", "[/companies]"));

        // When the site is built
        var run = site.BuildFailing();

        // Then the alias is reported: the page would be overwritten
        run.AssertPrinted("content/briefings/2025/x.md:5:11: error BRF051: alias /companies/ is the URL of a page the build writes; an alias must be an old URL that nothing else uses");
    }

    [Fact]
    public void AnAliasAtTheBriefingsOwnUrl_IsACollision_AndCheckSaysSoWithoutBuilding()
    {
        // Given a briefing that lists its own URL
        using var site = BrokenSite.With(Briefing("x", "[/briefings/2025/x/]"));

        // When it is checked
        var run = site.Cli("check");

        // Then check reports it (it plans every output, as a build does) and fails
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/briefings/2025/x.md:5:11: error BRF051: alias /briefings/2025/x/ is the URL this page is published at; remove it from 'aliases'\n",
            run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameAliasInTwoFiles_IsReportedAtTheSecond()
    {
        // Given two briefings and a person that share an old URL, spelt differently
        using var site = BrokenSite.With(Briefing("a", "[/old/]") + "\n" + Briefing("b", "[old]") + """

            -- content/people/sam-altman.yml --
            name: Sam Altman
            aliases: [/old/]
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the later places name the first
        run.AssertPrinted("content/briefings/2025/b.md:5:11: error BRF051: alias /old/ is also an alias at content/briefings/2025/a.md:5:11 (to /briefings/2025/a/); one old URL redirects to one page, so keep one");
        run.AssertPrinted("content/people/sam-altman.yml:2:11: error BRF051: alias /old/ is also an alias at content/briefings/2025/a.md:5:11 (to /briefings/2025/a/); one old URL redirects to one page, so keep one");
    }

    [Fact]
    public void APageAliasAtABriefingsUrl_IsACollision()
    {
        // Given a standalone page whose alias is the URL a briefing is published at
        using var site = BrokenSite.With(Briefing("x", "[]") + """

            -- content/pages/about.md --
            ---
            title: "About"
            summary: "Who we are."
            aliases: [/briefings/2025/x/]
            ---
            Body.
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the page's alias is reported: the briefing would be overwritten by a redirect
        run.AssertPrinted("content/pages/about.md:4:11: error BRF051: alias /briefings/2025/x/ is the URL of a page the build writes; an alias must be an old URL that nothing else uses");
    }

    [Fact]
    public void AnAuthorAlias_IsCheckedLikeABriefings_EveryItemAUrl()
    {
        // Given an author whose aliases hold a URL with a query
        using var site = BrokenSite.With("""
            -- content/authors/ana-ruiz.yml --
            name: Ana Ruiz
            aliases: [/authors/ana/, '/ana?x=1']
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then it is BRF050 at its item (no item of an author's aliases is taken for a name)
        run.AssertPrinted("content/authors/ana-ruiz.yml:2:26: error BRF050: alias '/ana?x=1' has a query ('?'); a redirect matches the path only");
    }

    [Fact]
    public void AnAuthorAliasRepeatingAPagesAlias_IsReportedAtTheLaterFile()
    {
        // Given an author and a page that list the same old URL
        using var site = BrokenSite.With("""
            -- content/pages/about.md --
            ---
            title: "About"
            summary: "Who we are."
            aliases: [/team/]
            ---
            Body.
            -- content/authors/ana-ruiz.yml --
            name: Ana Ruiz
            aliases: [team]
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the author's (content/authors/ sorts before content/pages/) is kept and the page's is reported
        run.AssertPrinted("content/pages/about.md:4:11: error BRF051: alias /team/ is also an alias at content/authors/ana-ruiz.yml:2:11 (to /authors/ana-ruiz/); one old URL redirects to one page, so keep one");
    }

    [Fact]
    public void AnAliasThatWouldPutAFolderWhereAFileIs_IsACollision()
    {
        // Given an alias under the site feed's file name
        using var site = BrokenSite.With(Briefing("x", "[/feed.xml/old.html]"));

        // When the site is built
        var run = site.BuildFailing();

        // Then it is reported
        run.AssertPrinted("content/briefings/2025/x.md:5:11: error BRF051: alias /feed.xml/old.html would need a folder where the file /feed.xml is written");
    }
}

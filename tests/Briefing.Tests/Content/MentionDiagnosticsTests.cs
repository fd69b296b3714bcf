namespace Briefing.Tests.Content;

/// <summary>Registered names in a briefing's body that its front matter does not list (BRF033).</summary>
public sealed class MentionDiagnosticsTests
{
    private const string Path = "content/briefings/2025/x.md";

    /// <summary>A briefing whose body starts on line 9.</summary>
    private static string Briefing(string companies, string people, string body) => $"""
        -- content/briefings/2025/x.md --
        ---
        title: "A"
        date: 2025-06-26
        summary: "S"
        companies: [{companies}]
        people: [{people}]
        sources: [{"{"}name: Reuters{"}"}]
        ---
        {body}
        """;

    [Fact]
    public void PersonNamedInTheBody_ButNotInPeople_IsReportedWhereTheNameIs()
    {
        // Given "Andy Jassy" at line 10, column 8, and andy-jassy missing from 'people'
        using var site = BrokenSite.With(Briefing("", "vasi-philomin", "Vasi Philomin left.\nLater, Andy Jassy wrote a memo."));

        // When the site is built
        var run = site.BuildSucceeding();

        // Then the name is reported once, where it appears, with what to add
        run.AssertPrinted($"{Path}:10:8: warning BRF033: 'Andy Jassy' names the person 'andy-jassy', who is missing from this briefing's 'people'; add them there");
        Assert.Single(run.DiagnosticLines, l => l.Contains(" BRF033: ", StringComparison.Ordinal));
    }

    [Fact]
    public void CompanyNamedByAnAlias_IsReported()
    {
        // Given "AWS" (aws.yml's alias) at line 9, column 5
        using var site = BrokenSite.With(Briefing("", "", "The AWS team grew."));

        // When the site is built
        var run = site.BuildSucceeding();

        // Then the company of the alias is named
        run.AssertPrinted($"{Path}:9:5: warning BRF033: 'AWS' names the company 'aws', which is missing from this briefing's 'companies'; add it there");
    }

    [Fact]
    public void LongestName_Wins_AndEachEntryIsReportedOnce()
    {
        // Given "Meta Platforms" (an alias) then "Meta" (the name) of the same company
        using var site = BrokenSite.With(Briefing("", "", "Meta Platforms said so. Meta agreed; so did Meta."));

        // When the site is built
        var run = site.BuildSucceeding();

        // Then one warning, at the first and longest name
        run.AssertPrinted($"{Path}:9:1: warning BRF033: 'Meta Platforms' names the company 'meta', which is missing from this briefing's 'companies'; add it there");
        Assert.Single(run.DiagnosticLines, l => l.Contains(" BRF033: ", StringComparison.Ordinal));
    }

    [Fact]
    public void NameInLinkText_IsReported()
    {
        // Given "[OpenAI](https://openai.com)": readers see the link text
        using var site = BrokenSite.With(Briefing("", "", "See [OpenAI](https://openai.com)."));

        // When the site is built
        var run = site.BuildSucceeding();

        // Then it is a mention, at the text
        run.AssertPrinted($"{Path}:9:6: warning BRF033: 'OpenAI' names the company 'openai', which is missing from this briefing's 'companies'; add it there");
    }

    [Fact]
    public void NameShared_ByTwoEntries_IsSatisfiedByEither_AndOtherwiseNamesBoth()
    {
        // Given "Argent" is the name of argent and an alias of argent-cloud
        const string Registry = """
            -- content/companies/argent.yml --
            name: Argent
            -- content/companies/argent-cloud.yml --
            name: Argent Cloud
            aliases: [Argent]
            """;
        using var listed = BrokenSite.With(Briefing("argent", "", "Argent grew.") + "\n" + Registry);
        using var unlisted = BrokenSite.With(Briefing("", "", "Argent grew.") + "\n" + Registry);

        // When both sites are built
        var listedRun = listed.BuildSucceeding();
        var unlistedRun = unlisted.BuildSucceeding();

        // Then listing either is enough; listing neither names both
        Assert.DoesNotContain(listedRun.DiagnosticLines, l => l.Contains(" BRF033: ", StringComparison.Ordinal));
        unlistedRun.AssertPrinted($"{Path}:9:1: warning BRF033: 'Argent' names the company 'argent' or the company 'argent-cloud', none of which this briefing's front matter lists; add the one it means to 'companies' or 'people'");
    }

    [Theory]
    [InlineData("", "Metaverse fans and Facebooks of the world.")]
    [InlineData("", "meta, lowercase, is not the name.")]
    [InlineData("", "The `Meta` symbol and ``OpenAI `quoted` `` code.")]
    [InlineData("", "```yaml\nname: Meta\n```\nAfter the block.")]
    [InlineData("", "~~~~\nOpenAI\n~~~\nstill code\n~~~~")]
    [InlineData("", "See [the site](https://example.com/Meta) and <https://example.com/OpenAI>.")]
    [InlineData("", "[ref]: https://example.com/Meta \"Meta\"")]
    [InlineData("aws", "Amazon Web Services grew.")]
    [InlineData("meta, openai", "Meta hired from OpenAI.")]
    public void NamesThatAreNotMentionsOrAreListed_AreNotReported(string companies, string body)
    {
        // Given a name inside a longer word, in another case, in code, in a link destination, or already listed
        using var site = BrokenSite.With(Briefing(companies, "", body));

        // When the site is built
        var run = site.BuildSucceeding();

        // Then nothing is reported
        Assert.DoesNotContain(run.DiagnosticLines, l => l.Contains(" BRF033: ", StringComparison.Ordinal));
    }
}

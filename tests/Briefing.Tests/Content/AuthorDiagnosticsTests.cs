namespace Briefing.Tests.Content;

/// <summary>The author registry (content/authors/) and bylines: unknown slugs with suggestions, addresses, links, unused authors.</summary>
public sealed class AuthorDiagnosticsTests
{
    private const string Author = """
        -- content/authors/ana-ruiz.yml --
        name: Ana Ruiz
        role: Editor
        """;

    [Fact]
    public void UnknownAuthor_InABriefing_IsReportedAtItsLine_WithSuggestion()
    {
        // Given a briefing whose byline misspells the one author
        using var site = BrokenSite.With(Author + """

            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            authors: [ana-ruis]
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the slug is reported where it is written, with the author it probably meant
        run.AssertPrinted("content/briefings/2025/x.md:5:11: error BRF046: unknown author 'ana-ruis' in this briefing's 'authors' (did you mean 'ana-ruiz'?)");
    }

    [Fact]
    public void UnknownAuthor_ThatSpellsTheirName_SuggestsTheirSlug()
    {
        // Given a byline naming the author by their full name run together
        using var site = BrokenSite.With(Author + """

            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            authors: [ruiz]
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then, with nothing close enough, the message says which file to add
        run.AssertPrinted("content/briefings/2025/x.md:5:11: error BRF046: unknown author 'ruiz' in this briefing's 'authors'; add content/authors/ruiz.yml or fix the slug");
    }

    [Fact]
    public void UnknownDefaultAuthor_IsReportedInSiteYml()
    {
        // Given site.yml naming a default author that has no file
        using var site = BrokenSite.With(Author + """

            -- content/site.yml --
            title: T
            base_url: https://example.org/
            description: D
            language: en
            default_authors: [ana-ruiz, desk]
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then it is reported at its place in site.yml
        run.AssertPrinted("content/site.yml:5:29: error BRF046: unknown author 'desk' in 'default_authors'; add content/authors/desk.yml or fix the slug");
    }

    [Fact]
    public void InvalidEmail_IsReportedAtItsValue()
    {
        // Given an author whose address has a display name in it
        using var site = BrokenSite.With("""
            -- content/authors/ana-ruiz.yml --
            name: Ana Ruiz
            email: Ana Ruiz <ana@example.org>
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the value is reported
        run.AssertPrinted("content/authors/ana-ruiz.yml:2:8: error BRF045: 'email' must be an address such as desk@example.org, not 'Ana Ruiz <ana@example.org>'");
    }

    [Theory]
    [InlineData("desk@example.org", true)]
    [InlineData("first.last+news@mail.example.co.uk", true)]
    [InlineData("desk@localhost", false)]
    [InlineData("desk@@example.org", false)]
    [InlineData(".desk@example.org", false)]
    [InlineData("desk@example.org?subject=hi", false)]
    [InlineData("desk@example.org, boss@example.org", false)]
    [InlineData("desk example@example.org", false)]
    [InlineData("desk@-example.org", false)]
    public void EmailAddresses_AreBareAddressesOnly(string address, bool valid)
    {
        Assert.Equal(valid, Briefing.Content.EmailValue.IsValid(address));
    }

    [Fact]
    public void AuthorLink_ThatIsNotHttp_AndAnUnknownKey_AreReported()
    {
        // Given an author with a javascript: link and a key the model does not define
        using var site = BrokenSite.With("""
            -- content/authors/ana-ruiz.yml --
            name: Ana Ruiz
            twitter: anaruiz
            links:
              - name: Site
                url: javascript:alert(1)
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then both are reported at their lines
        run.AssertPrinted("content/authors/ana-ruiz.yml:2:1: error BRF005: unknown key 'twitter' (allowed: name, role, bio, links, email, aliases)");
        run.AssertPrinted("content/authors/ana-ruiz.yml:5:10: error BRF018: 'url' must be an absolute http(s) URL, not 'javascript:alert(1)'");
    }

    [Fact]
    public void UnsafeLinkInABio_IsAWarningAtTheBio_AndIsNotPublished()
    {
        // Given a bio (Markdown) with a javascript: link, on a byline
        using var site = BrokenSite.With("""
            -- content/authors/ana-ruiz.yml --
            name: Ana Ruiz
            bio: "Edits the desk. [Say hi](javascript:alert(1))."
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            authors: [ana-ruiz]
            ---
            """);

        // When the site is built
        var run = site.BuildSucceeding();

        // Then the link is reported at the bio's value, and the page shows its text without the link
        Assert.Contains(run.DiagnosticLines, l => l.StartsWith("content/authors/ana-ruiz.yml:2:6: warning BRF039: this link's 'javascript:' ", StringComparison.Ordinal));
        var bio = Briefing.Tests.Support.Html.Load(site, "authors/ana-ruiz/index.html").QuerySelector(".author-bio")!;
        Assert.Equal("Edits the desk. Say hi.", bio.TextContent.Trim());
        Assert.Empty(bio.QuerySelectorAll("a"));
    }

    [Fact]
    public void AuthorNoBylineNames_IsAWarning_AtTheirFile()
    {
        // Given two authors, and a briefing naming one of them
        using var site = BrokenSite.With(Author + """

            -- content/authors/tom-lee.yml --
            name: Tom Lee
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            authors: [ana-ruiz]
            ---
            """);

        // When the site is built
        var run = site.BuildSucceeding();

        // Then the other one is reported, and the build still succeeds
        run.AssertPrinted("content/authors/tom-lee.yml:1:1: warning BRF047: no briefing's byline names the author 'tom-lee' (Tom Lee); list them in a briefing's 'authors' or in site.yml's 'default_authors', or remove this file");
        Assert.DoesNotContain(run.DiagnosticLines, l => l.Contains("ana-ruiz.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void DefaultAuthor_CountsAsNamed_OnlyWhileSomeBriefingFallsBackToIt()
    {
        // Given a default author and a briefing with its own byline: nothing falls back to the default
        using var site = BrokenSite.With(Author + """

            -- content/authors/tom-lee.yml --
            name: Tom Lee
            -- content/site.yml --
            title: T
            base_url: https://example.org/
            description: D
            language: en
            default_authors: [tom-lee]
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            authors: [ana-ruiz]
            ---
            """);

        // When it is built, then once another briefing without a byline is added
        var before = site.BuildSucceeding();
        site.Write("content/briefings/2025/y.md", "---\ntitle: \"B\"\ndate: 2025-06-27\nsummary: \"S\"\n---\n");
        var after = site.BuildSucceeding();

        // Then the default author is unused at first, and used once a briefing has no byline of its own
        Assert.Contains(before.DiagnosticLines, l => l.StartsWith("content/authors/tom-lee.yml:1:1: warning BRF047: ", StringComparison.Ordinal));
        Assert.DoesNotContain(after.DiagnosticLines, l => l.Contains("BRF047", StringComparison.Ordinal));
    }

    [Fact]
    public void AuthorsThatAreNotSlugs_AreReported()
    {
        // Given a byline with a capitalised slug
        using var site = BrokenSite.With(Author + """

            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            authors: [Ana-Ruiz]
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the lower-case slug is suggested
        run.AssertPrinted("content/briefings/2025/x.md:5:11: error BRF013: 'Ana-Ruiz' in 'authors' is not a slug (lowercase letters, digits, single hyphens); did you mean 'ana-ruiz'?");
    }
}

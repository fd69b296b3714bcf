using Briefing.Tests.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>
/// A published URL never disappears silently: after a build, a changed slug, date or file name warns at the file now
/// publishing the briefing, with the aliases line to add (BRF052); a briefing that no longer publishes warns at its old
/// path (BRF053). Both in build and check; an alias covering the old URL silences them.
/// </summary>
public sealed class VanishedUrlDiagnosticsTests
{
    private const string Files = """
        -- content/briefings/2025/old-slug.md --
        ---
        title: "Vasi Philomin leaves AWS"
        date: 2025-06-26
        summary: "S"
        companies: [aws]
        people: [vasi-philomin]
        ---
        Body.
        -- content/briefings/2025/other.md --
        ---
        title: "Other"
        date: 2025-06-20
        summary: "S"
        companies: [amazon, meta, openai]
        people: [andy-jassy]
        ---
        Body.
        """;

    /// <summary>The briefings, a standalone page and an author on no byline (so renaming their file breaks nothing but a URL).</summary>
    private const string WithPageAndAuthor = Files + """

        -- content/pages/about.md --
        ---
        title: "About the desk"
        summary: "Who we are."
        ---
        We write briefings.
        -- content/authors/ana-ruiz.yml --
        name: Ana Ruiz
        """;

    private static void Rename(TestSite site, string from, string to)
    {
        File.Move(Path.Combine(site.Root, from), Path.Combine(site.Root, to));
    }

    [Fact]
    public void ARenamedBriefing_WarnsInBuildAndCheck_AtTheNewFile_WithTheAliasesLineToAdd()
    {
        // Given a site built once
        using var site = BrokenSite.With(Files);
        site.BuildSucceeding();

        // When its briefing's file is renamed (git mv: the front matter is unchanged), then checked and built
        Rename(site, "content/briefings/2025/old-slug.md", "content/briefings/2025/new-slug.md");
        var check = site.Cli("check");
        var build = site.BuildSucceeding();

        // Then both warn at the new file, with the line that keeps the old URL working
        const string line = "content/briefings/2025/new-slug.md:1:1: warning BRF052: the URL /briefings/2025/old-slug/ was published and would disappear; add 'aliases: [/briefings/2025/old-slug/]' to keep it working";
        Assert.Equal(0, check.ExitCode);
        Assert.Contains(line + "\n", check.Stdout, StringComparison.Ordinal);
        build.AssertPrinted(line);
    }

    [Fact]
    public void AChangedSlugOrYear_WarnsAtTheSlugOrDateLine()
    {
        // Given a site built once
        using var site = BrokenSite.With(Files);
        site.BuildSucceeding();

        // When one briefing gets a slug, and the other a date in another year
        var path = Path.Combine(site.Root, "content/briefings/2025/old-slug.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("summary: \"S\"", "summary: \"S\"\nslug: philomin-exits", StringComparison.Ordinal));
        var other = Path.Combine(site.Root, "content/briefings/2025/other.md");
        File.WriteAllText(other, File.ReadAllText(other).Replace("date: 2025-06-20", "date: 2024-12-20", StringComparison.Ordinal));
        var run = site.BuildSucceeding();

        // Then each warning is at the key that moved the URL
        run.AssertPrinted("content/briefings/2025/old-slug.md:5:7: warning BRF052: the URL /briefings/2025/old-slug/ was published and would disappear; add 'aliases: [/briefings/2025/old-slug/]' to keep it working");
        run.AssertPrinted("content/briefings/2025/other.md:3:7: warning BRF052: the URL /briefings/2025/other/ was published and would disappear; add 'aliases: [/briefings/2025/other/]' to keep it working");
    }

    [Fact]
    public void TheWarning_IsGone_OnceTheAliasIsAdded_AndTheOldUrlRedirects()
    {
        // Given a built site whose briefing was renamed
        using var site = BrokenSite.With(Files);
        site.BuildSucceeding();
        Rename(site, "content/briefings/2025/old-slug.md", "content/briefings/2025/new-slug.md");

        // When the suggested line is added and the site built
        var path = Path.Combine(site.Root, "content/briefings/2025/new-slug.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("summary: \"S\"", "summary: \"S\"\naliases: [/briefings/2025/old-slug/]", StringComparison.Ordinal));
        var run = site.BuildSucceeding();

        // Then nothing warns, and the old URL leads to the new one
        Assert.DoesNotContain(run.DiagnosticLines, l => l.Contains("BRF052", StringComparison.Ordinal) || l.Contains("BRF053", StringComparison.Ordinal));
        Assert.Contains("url=https://example.org/briefings/2025/new-slug/", site.ReadOutput("briefings/2025/old-slug/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void ADeletedBriefing_WarnsAtItsOldPath_AndARenamedRegistryEntryAtItsNewFile()
    {
        // Given a site built once
        using var site = BrokenSite.With(Files);
        site.BuildSucceeding();

        // When a briefing is deleted and an unused person's file renamed
        File.Delete(Path.Combine(site.Root, "content/briefings/2025/other.md"));
        Rename(site, "content/people/andy-jassy.yml", "content/people/andrew-jassy.yml");
        var run = site.Build();

        // Then the deleted briefing's URL is reported at the path it came from, the person's at the new file
        run.AssertPrinted("content/briefings/2025/other.md:1:1: warning BRF053: the URL /briefings/2025/other/ (\"Other\") was published and would disappear: nothing publishes it now (deleted, a draft or scheduled); to keep it working, add it to the 'aliases' of the page that replaces it");
        run.AssertPrinted("content/people/andrew-jassy.yml:1:1: warning BRF052: the URL /people/andy-jassy/ was published and would disappear; add 'aliases: [/people/andy-jassy/]' to keep it working");
    }

    [Fact]
    public void CheckAndServePreviews_RecordNothing_TheBuildThatDropsTheUrlWarns_ThenTheRecordMovesOn()
    {
        // Given a site built once, then its briefing renamed, checked, and built as serve builds (a preview)
        using var site = BrokenSite.With(Files);
        site.BuildSucceeding();
        Rename(site, "content/briefings/2025/old-slug.md", "content/briefings/2025/new-slug.md");
        site.Cli("check");
        var preview = Briefing.Cli.BuildPipeline.Run(new Briefing.Cli.BuildRequest(site.Root, site.Output, new Briefing.Content.LoadOptions(IncludeDrafts: true))
        {
            RecordsUrls = false,
        });

        // When it is built twice more
        var first = site.BuildSucceeding();
        var second = site.BuildSucceeding();

        // Then the preview and the first build warn, and once that build published, the record holds the new URL
        Assert.Contains(preview.Diagnostics, d => d.Code.Id == "BRF052");
        Assert.Contains(first.DiagnosticLines, l => l.Contains("BRF052", StringComparison.Ordinal));
        Assert.DoesNotContain(second.DiagnosticLines, l => l.Contains("BRF052", StringComparison.Ordinal));
    }

    [Fact]
    public void ARenamedPage_WarnsAtTheNewFile_AndItsAliasSilencesTheWarning()
    {
        // Given a site with a standalone page, built once
        using var site = BrokenSite.With(WithPageAndAuthor);
        site.BuildSucceeding();

        // When the page's file is renamed, built, then given the suggested line and built again
        Rename(site, "content/pages/about.md", "content/pages/about-us.md");
        var renamed = site.BuildSucceeding();
        var path = Path.Combine(site.Root, "content/pages/about-us.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("summary: \"Who we are.\"", "summary: \"Who we are.\"\naliases: [/about/]", StringComparison.Ordinal));
        var aliased = site.BuildSucceeding();

        // Then the first build warns at the new file with the line to add; the second is silent and /about/ redirects
        renamed.AssertPrinted("content/pages/about-us.md:1:1: warning BRF052: the URL /about/ was published and would disappear; add 'aliases: [/about/]' to keep it working");
        Assert.DoesNotContain(aliased.DiagnosticLines, l => l.Contains("BRF052", StringComparison.Ordinal) || l.Contains("BRF053", StringComparison.Ordinal));
        Assert.Contains("url=https://example.org/about-us/", site.ReadOutput("about/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void APagesNewSlug_WarnsAtTheSlugValue_AndADeletedPageAtItsOldPath()
    {
        // Given a site with two standalone pages, built once
        using var site = BrokenSite.With(WithPageAndAuthor + """

            -- content/pages/contact.md --
            ---
            title: "Contact"
            summary: "Write to us."
            ---
            Write to us.
            """);
        site.BuildSucceeding();

        // When one page gets a slug and the other is deleted
        var path = Path.Combine(site.Root, "content/pages/about.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("summary:", "slug: the-desk\nsummary:", StringComparison.Ordinal));
        File.Delete(Path.Combine(site.Root, "content/pages/contact.md"));
        var run = site.BuildSucceeding();

        // Then the renamed page warns at its slug, the deleted one at the path it was published from
        run.AssertPrinted("content/pages/about.md:3:7: warning BRF052: the URL /about/ was published and would disappear; add 'aliases: [/about/]' to keep it working");
        run.AssertPrinted("content/pages/contact.md:1:1: warning BRF053: the URL /contact/ (\"Contact\") was published and would disappear: nothing publishes it now (deleted, a draft or scheduled); to keep it working, add it to the 'aliases' of the page that replaces it");
    }

    [Fact]
    public void ARenamedAuthor_WarnsAtTheNewFile_UntilTheAliasIsAdded()
    {
        // Given a site with an author, built once
        using var site = BrokenSite.With(WithPageAndAuthor);
        site.BuildSucceeding();

        // When the author's file is renamed, built, then given the suggested line and built again
        Rename(site, "content/authors/ana-ruiz.yml", "content/authors/ana-ruiz-ortega.yml");
        var renamed = site.BuildSucceeding();
        site.Write("content/authors/ana-ruiz-ortega.yml", "name: Ana Ruiz\naliases: [/authors/ana-ruiz/]\n");
        var aliased = site.BuildSucceeding();

        // Then the first build warns at the new file; the second is silent
        renamed.AssertPrinted("content/authors/ana-ruiz-ortega.yml:1:1: warning BRF052: the URL /authors/ana-ruiz/ was published and would disappear; add 'aliases: [/authors/ana-ruiz/]' to keep it working");
        Assert.DoesNotContain(aliased.DiagnosticLines, l => l.Contains("BRF052", StringComparison.Ordinal) || l.Contains("BRF053", StringComparison.Ordinal));
    }
}

using Briefing.Content;
using Briefing.Tests.Content;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary><c>briefing new page</c>: a draft page scaffold that loads, refusals that say why, nothing overwritten.</summary>
public sealed class NewPageCommandTests
{
    [Fact]
    public void NewPage_WritesADraftScaffold_AtTheSlugOfItsTitle_InTheMenusGiven()
    {
        // Given a site
        using var site = BrokenSite.With(string.Empty);

        // When a page is created for the footer and the header
        var run = site.Cli("new", "page", "Contact the \"desk\"", "--menu", "footer", "--menu", "main");

        // Then the path is printed and the front matter is filled in, as a draft
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("content/pages/contact-the-desk.md\n", run.Stdout);
        Assert.Equal(
            $$"""
            ---
            title: "Contact the \"desk\""
            summary: "{{Placeholders.Summary}}"
            menu: [footer, main]
            # menu_title: About             # the link text in menus, when shorter than the title
            # weight: 10                    # menu order, lower first
            # updated: 2025-06-26           # when the page last changed in substance
            draft: true                     # set to false (or remove) to publish
            ---


            """,
            site.Read("content/pages/contact-the-desk.md"));
    }

    [Fact]
    public void NewPage_Scaffold_BuildsWithDrafts_AndCheckFlagsItsPlaceholder()
    {
        // Given a new page with no menu
        using var site = BrokenSite.With(string.Empty);
        Assert.Equal(0, site.Cli("new", "page", "Ethics").ExitCode);

        // When the site is checked, and built with drafts
        var check = site.Cli("check");
        var build = site.Build("--drafts");

        // Then the placeholder summary is a warning (the page is a draft), and the draft page is built at its slug
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("content/pages/ethics.md:3:10: warning BRF034: the summary is still the placeholder that 'briefing new' wrote; replace it with one or two sentences before you publish\n", check.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, build.ExitCode);
        Assert.True(site.OutputExists("ethics/index.html"));
        Assert.Contains("# menu: [main, footer]", site.Read("content/pages/ethics.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "Feeds" }, "error: a page cannot be published at /feeds/: the site generates that route itself; pass another --slug")]
    [InlineData(new[] { "About", "--slug", "search" }, "error: a page cannot be published at /search/: the site generates that route itself; pass another --slug")]
    [InlineData(new[] { "About", "--slug", "About_Us" }, "error: --slug 'About_Us' is not a slug (lowercase letters, digits, single hyphens)")]
    [InlineData(new[] { "About", "--menu", "sidebar" }, "error: unknown menu 'sidebar' in --menu (the menus are main and footer)")]
    [InlineData(new[] { "!!!" }, "error: the title '!!!' has no letters or digits to make a slug from; pass --slug")]
    public void NewPage_Refuses_ReservedSlugsBadSlugsAndUnknownMenus_AndWritesNothing(string[] arguments, string error)
    {
        // Given a site
        using var site = BrokenSite.With(string.Empty);

        // When a page is asked for with a problem
        var run = site.Cli(["new", "page", .. arguments]);

        // Then the problem is named, and nothing is written
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{error}\nnothing was written\n", run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content/pages")));
    }

    [Fact]
    public void NewPage_NeverOverwritesAnExistingPage()
    {
        // Given an existing About page
        using var site = BrokenSite.With("""
            -- content/pages/about.md --
            ---
            title: "About"
            summary: "Ours."
            ---
            """);

        // When a page with the same title is created
        var run = site.Cli("new", "page", "About");

        // Then it is refused and the page is unchanged
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/pages/about.md already exists; edit it, or choose another name", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("summary: \"Ours.\"", site.Read("content/pages/about.md"), StringComparison.Ordinal);
    }
}

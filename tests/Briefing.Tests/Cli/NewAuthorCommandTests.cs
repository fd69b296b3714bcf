using Briefing.Content;
using Briefing.Tests.Content;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary><c>briefing new author</c>, and <c>briefing new briefing --author</c>.</summary>
public sealed class NewAuthorCommandTests
{
    [Fact]
    public void NewAuthor_WritesTheRegistryFile_WithRoleAndAddress_AndABioToFillIn()
    {
        // Given the shared registry
        using var site = BrokenSite.With(string.Empty);

        // When an author is created
        var run = site.Cli("new", "author", "Maren Holt-Núñez", "--role", "Editor", "--email", "maren@example.org");

        // Then the file is named after them and holds their role, address and a placeholder bio
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("content/authors/maren-holt-nunez.yml\n", run.Stdout);
        Assert.Equal(
            $$"""
            name: "Maren Holt-Núñez"
            role: "Editor"
            bio: "{{Placeholders.Description}}"   # Markdown: a few sentences about them
            email: maren@example.org
            # links:                       # their profiles elsewhere
            #   - name: Website
            #     url: https://www.example.org/

            """,
            site.Read("content/authors/maren-holt-nunez.yml"));

        // And check accepts it, warning about the placeholder bio and that no byline names them yet
        var check = site.Cli("check");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("content/authors/maren-holt-nunez.yml:3:6: warning BRF034: the bio is still the placeholder that 'briefing new' wrote; replace it with a few sentences or remove the line\n",
            check.Stdout, StringComparison.Ordinal);
        Assert.Contains("content/authors/maren-holt-nunez.yml:1:1: warning BRF047: ", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void NewAuthor_WithABadAddress_OrOneThatExists_IsRefused()
    {
        using var site = BrokenSite.With(string.Empty);
        Assert.Equal(0, site.Cli("new", "author", "Ana Ruiz").ExitCode);

        var bad = site.Cli("new", "author", "Tom Lee", "--email", "tom at example.org");
        var again = site.Cli("new", "author", "Ana Ruiz");

        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("error: --email 'tom at example.org' is not an address such as desk@example.org", bad.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Root, "content/authors/tom-lee.yml")));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("error: content/authors/ana-ruiz.yml already exists", again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void NewBriefing_WithAuthors_PutsThemOnTheByline_AndRefusesAnUnknownOne()
    {
        // Given an author
        using var site = BrokenSite.With("""
            -- content/authors/ana-ruiz.yml --
            name: Ana Ruiz
            """);

        // When a briefing names her, and another misspells her
        var ok = site.Cli("new", "briefing", "Meta hires", "--author", "ana-ruiz", "--date", "2025-06-26");
        var refused = site.Cli("new", "briefing", "Meta fires", "--author", "ana-ruis", "--date", "2025-06-26");

        // Then the first has her in 'authors' and builds with her byline; the second is refused with a suggestion
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("\nauthors: [ana-ruiz]\n", site.Read("content/briefings/2025/meta-hires.md"), StringComparison.Ordinal);
        Assert.Equal(0, site.Cli("build", "--drafts", "--no-search").ExitCode);
        Assert.Equal("By Ana Ruiz", Html.Load(site, "briefings/2025/meta-hires/index.html").QuerySelector(".author-byline")!.TextContent);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error: unknown author 'ana-ruis' (did you mean 'ana-ruiz'?)", refused.Stderr, StringComparison.Ordinal);
    }
}

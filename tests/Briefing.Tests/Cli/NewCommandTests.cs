using Briefing.Content;
using Briefing.Tests.Content;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary><c>briefing new</c>: scaffolds that load, refusals that say why, and nothing overwritten.</summary>
public sealed class NewCommandTests
{
    private const string Written = "content/briefings/2025/meta-hires-three-star-researchers.md";

    [Fact]
    public void NewBriefing_WritesADraftScaffold_AtTheYearAndSlugOfItsTitle_AndPrintsThePath()
    {
        // Given the shared registry and a fixed clock (2025-07-01T12:00:00Z)
        using var site = BrokenSite.With(string.Empty);

        // When a briefing is created with companies, a person and a tag
        var run = site.Cli("new", "briefing", "Meta hires three \"star\" researchers", "--company", "meta", "--company", "openai",
            "--person", "vasi-philomin", "--tag", "talent-war");

        // Then the path is printed and the front matter is filled in
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Written + "\n", run.Stdout);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.Equal(
            $$"""
            ---
            title: "Meta hires three \"star\" researchers"
            date: 2025-07-01T12:00:00Z
            summary: "{{Placeholders.Summary}}"
            companies: [meta, openai]
            people: [vasi-philomin]
            tags: [talent-war]
            # moves:                      # the talent moves this briefing reports, if any
            #   - person: vasi-philomin   # or, when the reports name nobody: count: 3 and who: "OpenAI researchers"
            #     from: aws
            #     to: ~                   # ~ = undisclosed (departures only)
            #     role: "VP, Generative AI"
            #     kind: departure         # hire | departure | promotion | poach
            #     date: 2025-06-26
            sources: []
            #   - name: Reuters
            #     url: https://www.reuters.com/...
            draft: true                   # set to false (or remove) to publish
            ---


            """,
            site.Read(Written));
    }

    [Fact]
    public void NewBriefing_IsPreviewable_AndCheckFlagsItsPlaceholderUntilReplaced()
    {
        // Given a new briefing
        using var site = BrokenSite.With(string.Empty);
        Assert.Equal(0, site.Cli("new", "briefing", "Meta hires three star researchers", "--company", "meta").ExitCode);

        // When the site is checked and built with drafts
        var check = site.Cli("check", "--drafts");
        var build = site.Cli("build", "--drafts");

        // Then the placeholder and the missing sources are warnings, and the draft has a page with its badge
        Assert.Equal(0, check.ExitCode);
        Assert.Contains($"{Written}:4:10: warning BRF034: the summary is still the placeholder that 'briefing new' wrote; replace it with one or two sentences before you publish\n", check.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{Written}:15:1: warning BRF031: this briefing cites no sources; add at least one under 'sources' (a name, and a url when there is one)\n", check.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, build.ExitCode);
        Assert.NotNull(Html.Load(site, "briefings/2025/meta-hires-three-star-researchers/index.html").QuerySelector(".badge-draft"));

        // And when the draft is published without replacing the summary, check fails
        File.WriteAllText(Path.Combine(site.Root, Written), site.Read(Written).Replace("draft: true", "draft: false", StringComparison.Ordinal));
        var publish = site.Cli("check");
        Assert.Equal(1, publish.ExitCode);
        Assert.Contains($"{Written}:4:10: error BRF034: ", publish.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void NewBriefing_WithDate_FilesItUnderThatYear()
    {
        // Given the shared registry
        using var site = BrokenSite.With(string.Empty);

        // When a briefing is created with --date
        var run = site.Cli("new", "briefing", "Year end", "--date", "2024-12-31T23:30:00+01:00");

        // Then it sits in the folder of its date's year, with the date as given
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("content/briefings/2024/year-end.md\n", run.Stdout);
        Assert.Contains("\ndate: 2024-12-31T23:30:00+01:00\n", site.Read("content/briefings/2024/year-end.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void NewBriefing_WithUnknownSlugsOrABadDate_IsRefused_WithSuggestions_AndWritesNothing()
    {
        // Given the shared registry
        using var site = BrokenSite.With(string.Empty);

        // When a briefing names misspelt and unknown slugs, a bad tag and a bad date
        var run = site.Cli("new", "briefing", "Title", "--company", "opnai", "--person", "andy-jasy", "--person", "nobody",
            "--tag", "Talent", "--date", "2025-13-01");

        // Then every problem is printed, the exit code is 1 and nothing is written
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            """
            error: --date '2025-13-01' is not an ISO 8601 date (write 2025-06-26 or 2025-06-26T09:00:00Z)
            error: unknown company 'opnai' (did you mean 'openai'?)
            error: unknown person 'andy-jasy' (did you mean 'andy-jassy'?)
            error: unknown person 'nobody'; create it first with 'briefing new person "Name"', or fix the slug
            error: tag 'Talent' is not a slug (lowercase letters, digits, single hyphens)
            nothing was written

            """,
            run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content", "briefings")));
    }

    [Fact]
    public void NewBriefing_NeverOverwrites()
    {
        // Given a briefing written by hand at the path the title gives
        using var site = BrokenSite.With("""
            -- content/briefings/2025/title.md --
            hand-written
            """);

        // When a briefing with that title is created
        var run = site.Cli("new", "briefing", "Title");

        // Then it is refused and the file is untouched
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: content/briefings/2025/title.md already exists; edit it, or choose another name\nnothing was written\n", run.Stderr);
        Assert.Equal("hand-written\n", site.Read("content/briefings/2025/title.md"));
    }

    [Fact]
    public void NewCompany_WritesTheRegistryFile_WithItsParentAndAliases()
    {
        // Given the shared registry
        using var site = BrokenSite.With(string.Empty);

        // When a company is created
        var run = site.Cli("new", "company", "Amazon Robotics", "--alias", "AR", "--parent", "amazon", "--website", "https://robotics.example");

        // Then its file is written, and it loads
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("content/companies/amazon-robotics.yml\n", run.Stdout);
        Assert.Equal(
            $"""
            name: "Amazon Robotics"
            aliases: ["AR"]
            parent: amazon
            website: https://robotics.example
            description: "{Placeholders.Description}"

            """,
            site.Read("content/companies/amazon-robotics.yml"));
        Assert.Contains("content/companies/amazon-robotics.yml:5:14: warning BRF034: ", site.Cli("check").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void NewCompany_WithAnUnknownParent_IsRefused()
    {
        // Given the shared registry
        using var site = BrokenSite.With(string.Empty);

        // When a company names a misspelt parent
        var run = site.Cli("new", "company", "Amazon Robotics", "--parent", "amazn");

        // Then the closest company is suggested and nothing is written
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: unknown company 'amazn' in --parent (did you mean 'amazon'?)\nnothing was written\n", run.Stderr);
        Assert.False(site.Exists("content/companies/amazon-robotics.yml"));
    }

    [Fact]
    public void NewPerson_WritesTheRegistryFile_AndRefusesAnExistingOne()
    {
        // Given the shared registry (which has andy-jassy)
        using var site = BrokenSite.With(string.Empty);

        // When a new person and an existing one are created
        var created = site.Cli("new", "person", "José Núñez");
        var existing = site.Cli("new", "person", "Andy Jassy");

        // Then the new file has a slug without accents, and the existing one is refused
        Assert.Equal(0, created.ExitCode);
        Assert.Equal("content/people/jose-nunez.yml\n", created.Stdout);
        Assert.Equal($"name: \"José Núñez\"\naliases: []\ndescription: \"{Placeholders.Description}\"\n", site.Read("content/people/jose-nunez.yml"));
        Assert.Equal(1, existing.ExitCode);
        Assert.Equal("error: content/people/andy-jassy.yml already exists; edit it, or choose another name\nnothing was written\n", existing.Stderr);
    }
}

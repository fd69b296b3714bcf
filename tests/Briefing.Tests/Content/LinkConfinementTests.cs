using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>
/// Symbolic links under content/ and themes/: followed while they stay inside the site, refused (BRF038, naming the
/// link) when they lead outside it, nowhere or in a loop; never an exception, never a hang, never a published file
/// from elsewhere on the machine.
/// </summary>
public sealed class LinkConfinementTests : IDisposable
{
    private const string Briefing = """
        ---
        title: "Secret from outside"
        date: 2025-06-26
        summary: "S"
        ---
        The build machine's private notes.
        """;

    private readonly string _outside = Path.Combine(Path.GetTempPath(), "briefing-tests", "outside-" + Guid.NewGuid().ToString("N"));

    public LinkConfinementTests()
    {
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "secret.md"), Briefing);
        File.WriteAllText(Path.Combine(_outside, "secret.yml"), "name: Secret Corp\n");
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "build machine secret\n");
    }

    public void Dispose() => Directory.Delete(_outside, recursive: true);

    [Fact]
    public void BriefingLinkedFromOutsideTheSite_IsRefused_AndNotPublished()
    {
        // Given a briefing that is a link to a Markdown file elsewhere on the machine
        using var site = BrokenSite.With(Valid);
        Link(site, "content/briefings/2025/secret.md", Path.Combine(_outside, "secret.md"));

        // When the site is built
        var run = site.BuildFailing();

        // Then the link is named, the outside file is not read, and nothing is published
        run.AssertPrinted($"content/briefings/2025/secret.md:1:1: error BRF038: this symbolic link leads to '{Path.Combine(_outside, "secret.md")}', outside the site folder; Briefing reads only files inside the site: copy the file in, or delete the link");
        Assert.DoesNotContain("Secret from outside", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void FolderLinkedFromOutsideTheSite_IsRefusedByItsOwnName()
    {
        // Given a year folder that is a link to a folder elsewhere
        using var site = BrokenSite.With(Valid);
        Link(site, "content/briefings/2024", _outside);

        // When the site is built, then the folder link is the one named
        var run = site.BuildFailing();
        run.AssertPrinted($"content/briefings/2024:1:1: error BRF038: this symbolic link leads to '{_outside}', outside the site folder; Briefing reads only files inside the site: copy the file in, or delete the link");
    }

    [Fact]
    public void RegistryAndSiteFileLinkedFromOutside_AreRefused()
    {
        // Given a company file and site.yml that are links out of the site
        using var site = BrokenSite.With(Valid);
        Link(site, "content/companies/secret.yml", Path.Combine(_outside, "secret.yml"));
        File.Delete(Path.Combine(site.Root, "content/site.yml"));
        File.WriteAllText(Path.Combine(_outside, "site.yml"), TestSite.SiteYml);
        Link(site, "content/site.yml", Path.Combine(_outside, "site.yml"));

        // When the site is built, then both are reported in one run
        var run = site.BuildFailing();
        Assert.Contains(run.DiagnosticLines, l => l.StartsWith("content/companies/secret.yml:1:1: error BRF038: ", StringComparison.Ordinal));
        Assert.Contains(run.DiagnosticLines, l => l.StartsWith("content/site.yml:1:1: error BRF038: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("themes/briefing/assets/leak.txt")]
    [InlineData("themes/briefing/static/leak.txt")]
    [InlineData("themes/briefing/partials/leak.html")]
    public void ThemeFileLinkedFromOutside_IsRefused_AndNotCopied(string link)
    {
        // Given a theme file that is a link out of the site (assets and static are copied into the output as they are)
        using var site = BrokenSite.With(Valid);
        Link(site, link, Path.Combine(_outside, "secret.txt"));

        // When the site is built
        var run = site.BuildFailing();

        // Then the link is reported and nothing is published
        run.AssertPrinted($"{link}:1:1: error BRF038: this symbolic link leads to '{Path.Combine(_outside, "secret.txt")}', outside the site folder; Briefing reads only files inside the site: copy the file in, or delete the link");
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void DanglingLink_IsADiagnostic_NotAnException()
    {
        // Given a briefing link whose target was deleted
        using var site = BrokenSite.With(Valid);
        Link(site, "content/briefings/2025/gone.md", "missing.md");

        // When the site is built
        var run = site.BuildFailing();

        // Then the editor is told which link is broken, with no stack trace
        run.AssertPrinted("content/briefings/2025/gone.md:1:1: error BRF038: this symbolic link points to 'missing.md', which does not exist; restore the file it points to, or delete the link");
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkLoops_AreReported_NotFollowedForever()
    {
        // Given a link to itself, two links to each other, and a folder link to its own parent
        using var site = BrokenSite.With(Valid);
        Link(site, "content/briefings/2025/self.md", "self.md");
        Link(site, "content/briefings/2025/ping.md", "pong.md");
        Link(site, "content/briefings/2025/pong.md", "ping.md");
        Link(site, "content/briefings/2023/up", "..");

        // When the site is built
        var run = site.BuildFailing();

        // Then each is reported once, and the build ends
        run.AssertPrinted("content/briefings/2025/self.md:1:1: error BRF038: this symbolic link leads back to itself (a link loop); delete it, or point it at a real file");
        run.AssertPrinted("content/briefings/2025/ping.md:1:1: error BRF038: this symbolic link leads back to itself (a link loop); delete it, or point it at a real file");
        run.AssertPrinted("content/briefings/2023/up:1:1: error BRF038: this symbolic link leads back to a folder that contains it (a link loop); delete it");
    }

    [Fact]
    public void LinksThatStayInsideTheSite_AreFollowed()
    {
        // Given a briefing kept in a shared folder of the site and linked into its year
        using var site = BrokenSite.With(Valid + """

            -- shared/linked.md --
            ---
            title: "Linked briefing"
            date: 2025-06-27
            summary: "S"
            companies: [openai]
            ---
            """);
        Link(site, "content/briefings/2025/linked.md", "../../../shared/linked.md");

        // When the site is built, then the linked briefing is published like any other
        site.BuildSucceeding();
        Assert.Contains("Linked briefing", site.ReadOutput("briefings/2025/linked/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void SiteReachedThroughALinkedFolder_StillBuilds()
    {
        // Given a site whose folder is reached through a link (and a briefing linked within it)
        using var site = BrokenSite.With(Valid);
        var alias = Path.Combine(_outside, "site-alias");
        File.CreateSymbolicLink(alias, site.Root);
        Link(site, "content/briefings/2025/again.md", Path.Combine(alias, "content/briefings/2025/x.md"));

        // When it is built through the link
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = global::Briefing.Cli.Program.Run(["build", "--source", alias], stdout, stderr);

        // Then the in-site link is accepted and published
        Assert.True(code == 0, stderr.ToString());
        Assert.Contains("<h1", site.ReadOutput("briefings/2025/again/index.html"), StringComparison.Ordinal);
    }

    private const string Valid = """
        -- content/briefings/2025/x.md --
        ---
        title: "X"
        date: 2025-06-26
        summary: "S"
        companies: [openai]
        ---
        """;

    private static void Link(TestSite site, string relative, string target)
    {
        var path = Path.Combine(site.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
    }
}

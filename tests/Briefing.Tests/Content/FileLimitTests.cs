using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>The per-file size limit (site.yml <c>max_file_mb</c>, 50 MB by default) and files that cannot be read.</summary>
public sealed class FileLimitTests
{
    [Fact]
    public void FileOverTheLimit_IsReportedWithItsSize_AndTheOthersAreStillChecked()
    {
        // Given a limit of 1 MB and a 1.5 MB briefing beside a broken one
        using var site = BrokenSite.With($"""
            -- content/site.yml --
            {TestSite.SiteYml}
            max_file_mb: 1
            -- content/briefings/2025/big.md --
            ---
            title: "Big"
            date: 2025-06-26
            summary: "S"
            ---
            {new string('x', 1_500_000)}
            -- content/briefings/2025/y.md --
            ---
            title: "Y"
            date: 2025-13-01
            summary: "S"
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then both are reported
        run.AssertPrinted("content/briefings/2025/big.md:1:1: error BRF036: the file is 1.5 MB, over the 1 MB limit; split it, or raise max_file_mb in content/site.yml");
        Assert.Contains(run.DiagnosticLines, l => l.Contains(" BRF008: ", StringComparison.Ordinal));
    }

    [Fact]
    public void RegistryFileOverTheLimit_IsReported()
    {
        // Given a limit of 1 MB and a 2 MB company file
        using var site = BrokenSite.With($"""
            -- content/site.yml --
            {TestSite.SiteYml}
            max_file_mb: 1
            -- content/companies/huge.yml --
            name: Huge
            description: "{new string('y', 2_000_000)}"
            """);

        // When the site is built, then it is refused before it is parsed
        var run = site.BuildFailing();
        run.AssertPrinted("content/companies/huge.yml:1:1: error BRF036: the file is 2 MB, over the 1 MB limit; split it, or raise max_file_mb in content/site.yml");
    }

    [Fact]
    public void LargeFileUnderTheDefaultLimit_Builds()
    {
        // Given a 3 MB briefing and no limit in site.yml
        using var site = BrokenSite.With($"""
            -- content/briefings/2025/big.md --
            ---
            title: "Big"
            date: 2025-06-26
            summary: "S"
            companies: [openai]
            ---
            {string.Concat(Enumerable.Repeat("A paragraph of text about OpenAI.\n\n", 90_000))}
            """);

        // When the site is built, then it is published
        site.BuildSucceeding();
        Assert.True(site.OutputExists("briefings/2025/big/index.html"));
    }

    [Fact]
    public void FileRemovedWhileTheSiteIsRead_IsADiagnostic()
    {
        // Given a file that was listed and is gone when it is read (an editor deleting it during a build)
        var bag = new global::Briefing.Content.DiagnosticBag();

        // When it is read
        var bytes = global::Briefing.Content.TextFile.ReadBytes(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")), "content/people/gone.yml", -1, long.MaxValue, bag);

        // Then it is a diagnostic, not an exception
        Assert.Null(bytes);
        var diagnostic = Assert.Single(bag.Items);
        Assert.Equal("content/people/gone.yml:1:1: error BRF036: the file could not be read (it was removed while the site was being read); check it exists and is readable, then build again", diagnostic.ToString());
    }
}

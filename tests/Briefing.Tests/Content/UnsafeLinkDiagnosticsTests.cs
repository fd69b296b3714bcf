namespace Briefing.Tests.Content;

/// <summary>Links and images whose URL scheme could run script or reach the reader's machine (BRF039).</summary>
public sealed class UnsafeLinkDiagnosticsTests(UnsafeLinkSite fixture) : IClassFixture<UnsafeLinkSite>
{
    private const string Link = "URL is not published (links and images may use http, https, mailto, a relative path or a #fragment); readers see its text without the link";
    private const string Image = "URL is not published (links and images may use http, https, mailto, a relative path or a #fragment); readers see its alt text instead";

    public static TheoryData<string, string> Vectors => new()
    {
        { "inline link", $"{UnsafeLinkSite.Path}:8:7: warning BRF039: this link's 'javascript:' {Link}" },
        { "image", $"{UnsafeLinkSite.Path}:10:1: warning BRF039: this image's 'javascript:' {Image}" },
        { "data: URL", $"{UnsafeLinkSite.Path}:12:1: warning BRF039: this link's 'data:' {Link}" },
        { "autolink", $"{UnsafeLinkSite.Path}:14:5: warning BRF039: this link's 'javascript:' {Link}" },
        { "entity-encoded letter", $"{UnsafeLinkSite.Path}:16:1: warning BRF039: this link's 'javascript:' {Link}" },
        { "tab entity inside the scheme", $"{UnsafeLinkSite.Path}:18:1: warning BRF039: this link's 'javascript:' {Link}" },
        { "literal tab inside the scheme", $"{UnsafeLinkSite.Path}:18:43: warning BRF039: this link's 'javascript:' {Link}" },
        { "uppercase scheme", $"{UnsafeLinkSite.Path}:20:1: warning BRF039: this link's 'javascript:' {Link}" },
        { "reference definition", $"{UnsafeLinkSite.Path}:22:1: warning BRF039: this link's 'javascript:' {Link}" },
        { "vbscript:", $"{UnsafeLinkSite.Path}:24:1: warning BRF039: this link's 'vbscript:' {Link}" },
        { "file:", $"{UnsafeLinkSite.Path}:26:1: warning BRF039: this link's 'file:' {Link}" },
        { "inside a quote", $"{UnsafeLinkSite.Path}:28:10: warning BRF039: this link's 'javascript:' {Link}" },
        { "named entity for the colon, in a list", $"{UnsafeLinkSite.Path}:30:8: warning BRF039: this link's 'javascript:' {Link}" },
        { "backslash-escaped colon", $"{UnsafeLinkSite.Path}:32:1: warning BRF039: this link's 'javascript:' {Link}" },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void UnsafeLink_IsReportedAtItsPosition(string vector, string line)
    {
        // Given the briefing of UnsafeLinkSite, with one unsafe link per paragraph
        // When it was built
        var run = fixture.Run;

        // Then each unsafe link is reported where it starts in the file
        Assert.True(run.DiagnosticLines.Contains(line, StringComparer.Ordinal), $"{vector}: expected\n{line}\nprinted:\n{string.Join('\n', run.DiagnosticLines)}");
    }

    [Fact]
    public void UnsafeLink_IsReportedAgain_WhenTheBriefingComesFromTheParseCache()
    {
        // Given a briefing with a javascript: link at line 6, column 3, built once (which fills the parse cache)
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            ---
            A [link](javascript:alert(1)).
            """);
        site.BuildSucceeding();
        Assert.True(Directory.EnumerateFiles(Path.Combine(site.Root, ".briefing", "cache")).Any());

        // When the unchanged site is built again
        var run = site.BuildSucceeding();

        // Then the cached file still reports its link, and the page still leaves it out
        run.AssertPrinted($"{UnsafeLinkSite.Path}:6:3: warning BRF039: this link's 'javascript:' {Link}");
        Assert.DoesNotContain("javascript:", site.ReadOutput("briefings/2025/x/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void SafeLinks_AreNotReported_AndEachUnsafeOneIsReportedOnce()
    {
        // Given the briefing of UnsafeLinkSite: fourteen unsafe links, and on line 34 only safe ones
        // When it was built
        var lines = fixture.Run.DiagnosticLines.Where(l => l.Contains(" BRF039: ", StringComparison.Ordinal)).ToArray();

        // Then the build succeeded with one warning per unsafe link, none for line 34
        Assert.Equal(0, fixture.Run.ExitCode);
        Assert.Equal(Vectors.Count, lines.Length);
        Assert.DoesNotContain(lines, l => l.StartsWith($"{UnsafeLinkSite.Path}:34:", StringComparison.Ordinal));
    }
}

using Briefing.Tests.Content;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary>
/// <c>briefing check</c> reads the theme's card layout as a build does: its errors (BRF070, BRF071) and the glyph
/// warning (BRF072) are printed by <c>check</c> too, at the same lines, without writing anything.
/// </summary>
public sealed class CheckCardLayoutTests
{
    private const string Layout = CardDiagnosticsTests.Layout;

    private static TestSite Site(string title = "A") => CardDiagnosticsTests.Site(title);

    /// <summary>Replaces <paramref name="from"/> with <paramref name="to"/>; the line that now holds <paramref name="marker"/>.</summary>
    private static int EditLayout(TestSite site, string from, string to, string marker)
    {
        CardDiagnosticsTests.EditLayout(site, from, to);
        return CardDiagnosticsTests.LineOf(site, marker);
    }

    private static CliRun CheckFailing(TestSite site)
    {
        var run = site.Cli("check");
        Assert.True(run.ExitCode == 1, $"expected exit code 1, got {run.ExitCode}\n{run.Stdout}{run.Stderr}");
        Assert.False(Directory.Exists(site.Output));
        return run;
    }

    private static string[] Lines(CliRun run) => run.Stdout.Split('\n');

    [Fact]
    public void UnknownLayoutKey_IsReportedByCheck_AtTheKey()
    {
        using var site = Site();
        var line = EditLayout(site, "background: ", "colour: \"#fff\"\nbackground: ", "colour:");

        var run = CheckFailing(site);

        Assert.Contains($"{Layout}:{line}:1: error BRF070: unknown key 'colour' in the card layout; use one of: width, height, background, fonts, rects, image, label, title, date, companies, site", Lines(run));
    }

    [Fact]
    public void MissingFont_IsReportedByCheck_AtItsName()
    {
        using var site = Site();
        var line = EditLayout(site, "regular: [fonts/NotoSans-Regular.ttf,", "regular: [fonts/Missing.ttf,", "fonts/Missing.ttf");

        var run = CheckFailing(site);

        Assert.Contains($"{Layout}:{line}:13: error BRF071: the card font 'fonts/Missing.ttf' does not exist; name a .ttf or .otf file under the theme's cards/ folder", Lines(run));
    }

    [Fact]
    public void AFileThatIsNoFont_IsReportedByCheckAndBuild_AtItsName()
    {
        using var site = Site();
        var line = EditLayout(site, "regular: [fonts/NotoSans-Regular.ttf,", "regular: [fonts/OFL.txt,", "regular: [fonts/OFL.txt");
        const string Message = "error BRF071: the card font 'fonts/OFL.txt' is not a TrueType or OpenType font; name a .ttf or .otf file under the theme's cards/ folder";

        var check = CheckFailing(site);
        var build = site.BuildFailing();

        Assert.True(Lines(check).Contains($"{Layout}:{line}:13: {Message}"), check.Stdout);
        build.AssertPrinted($"{Layout}:{line}:13: {Message}");
    }

    [Fact]
    public void TitleWithACharacterNoCardFontHas_IsAWarningOfCheck()
    {
        using var site = Site("Unicorn 🦄 hires");

        var run = site.Cli("check");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("content/briefings/2025/x.md:2:8: warning BRF072: no font of the social card has '🦄' (U+1F984): the card of "
            + "/briefings/2025/x/ draws it as a box; write the text without it, or add a font that has it to the theme's cards/card.yml", Lines(run));
    }
}

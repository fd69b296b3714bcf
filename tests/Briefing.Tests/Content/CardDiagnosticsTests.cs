using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>The card layout's errors (BRF070, BRF071) at their line and column, and the warning for a character no card font has (BRF072).</summary>
public sealed class CardDiagnosticsTests
{
    internal const string Layout = "themes/briefing/cards/card.yml";

    /// <summary>One briefing titled <paramref name="title"/> naming a company, with the real theme (also for <c>check</c>'s tests).</summary>
    internal static TestSite Site(string title = "A") => BrokenSite.With($"""
        -- content/briefings/2025/x.md --
        ---
        title: "{title}"
        date: 2025-06-26T09:00:00Z
        summary: "S"
        companies: [amazon]
        ---
        Body.
        """);

    internal static void EditLayout(TestSite site, string from, string to)
    {
        var path = Path.Combine(site.Root, Layout);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    internal static int LineOf(TestSite site, string text) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(site.Root, Layout)), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void TitleWithACharacterNoCardFontHas_IsAWarning_AtTheTitle_AndTheCardIsStillMade()
    {
        // Given a title with an emoji, which neither Noto Sans nor the CJK subset has (line 2, the value at column 8)
        using var site = Site("Unicorn 🦄 hires");

        var run = site.BuildSucceeding();

        run.AssertPrinted("content/briefings/2025/x.md:2:8: warning BRF072: no font of the social card has '🦄' (U+1F984): the card of "
            + "/briefings/2025/x/ draws it as a box; write the text without it, or add a font that has it to the theme's cards/card.yml");
        var card = Html.Load(site, "briefings/2025/x/index.html").QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.True(site.OutputExists(card["https://example.org/".Length..]));
    }

    [Fact]
    public void AccentsAndCjk_NeedNoWarning()
    {
        using var site = Site("José Núñez joins 智源智能");

        var run = site.BuildSucceeding();

        Assert.DoesNotContain(run.DiagnosticLines, l => l.Contains("BRF072", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownLayoutKey_IsAnError_AtTheKey()
    {
        using var site = Site();
        EditLayout(site, "background: ", "colour: \"#fff\"\nbackground: ");
        var line = LineOf(site, "colour:");

        var run = site.BuildFailing();

        run.AssertPrinted($"{Layout}:{line}:1: error BRF070: unknown key 'colour' in the card layout; use one of: width, height, background, fonts, rects, image, label, title, date, companies, site");
    }

    [Fact]
    public void BadColour_IsAnError_AtTheValue()
    {
        using var site = Site();
        EditLayout(site, "background: \"#fdfcfa\"", "background: red");
        var line = LineOf(site, "background: red");

        var run = site.BuildFailing();

        run.AssertPrinted($"{Layout}:{line}:13: error BRF070: 'background' must be a colour as \"#rrggbb\" or \"#rrggbbaa\" (quoted), not 'red'");
    }

    [Fact]
    public void MissingFont_IsAnError_AtItsName()
    {
        using var site = Site();
        EditLayout(site, "regular: [fonts/NotoSans-Regular.ttf,", "regular: [fonts/Missing.ttf,");
        var line = LineOf(site, "fonts/Missing.ttf");

        var run = site.BuildFailing();

        run.AssertPrinted($"{Layout}:{line}:13: error BRF071: the card font 'fonts/Missing.ttf' does not exist; name a .ttf or .otf file under the theme's cards/ folder");
    }

    [Fact]
    public void FontCutShort_IsAnError_AtItsName_NotAFailureWhenTheCardsAreDrawn()
    {
        // Given the CJK font's first 5,000 bytes: its directory and glyph count are there, its tables are not
        using var site = Site();
        var font = Path.Combine(site.Root, "themes/briefing/cards/fonts/NotoSansCJKsc-Bold.otf");
        var head = File.ReadAllBytes(font)[..5000];
        File.WriteAllBytes(font, head);
        var line = LineOf(site, "fonts/NotoSansCJKsc-Bold.otf");

        var run = site.BuildFailing();

        const string Message = "error BRF071: the card font 'fonts/NotoSansCJKsc-Bold.otf' is cut short or damaged: a table its directory lists "
            + "lies past the end of the file; name a .ttf or .otf file under the theme's cards/ folder";
        run.AssertPrinted($"{Layout}:{line}:35: {Message}"); // the bold chain
        run.AssertPrinted($"{Layout}:{line + 1}:41: {Message}"); // the regular one
    }

    [Fact]
    public void FontOutsideTheCardsFolder_IsRefused()
    {
        using var site = Site();
        EditLayout(site, "regular: [fonts/NotoSans-Regular.ttf,", "regular: [../layouts/_base.html,");
        var line = LineOf(site, "../layouts/_base.html");

        var run = site.BuildFailing();

        run.AssertPrinted($"{Layout}:{line}:13: error BRF071: the card font '../layouts/_base.html' is not a path inside the theme's cards/ folder; name a .ttf or .otf file under the theme's cards/ folder");
    }
}

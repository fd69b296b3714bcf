using System.Runtime.InteropServices;
using Briefing.Media.Cards;
using Briefing.Tests.Support;
using SkiaSharp;

namespace Briefing.Tests.Media.Cards;

/// <summary>
/// The cards' typefaces come from a Skia font manager that scanned no system font (Linux x64), and draw exactly what the
/// default manager's typefaces of the same files draw.
/// </summary>
public sealed class CardFontManagerTests
{
    private static readonly bool LinuxX64 = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64;

    [Fact]
    public void OnLinuxX64_TheCardsFontManager_KnowsNoSystemFont()
    {
        Assert.Equal(LinuxX64, CardFontManager.Isolated);
        if (LinuxX64)
        {
            // Skia's custom manager over no folder holds one empty family (its empty typeface), whatever /usr/share/fonts holds.
            Assert.Equal(1, CardFontManager.Instance.FontFamilyCount);
            Assert.Equal(string.Empty, CardFontManager.Instance.GetFamilyName(0));
        }
    }

    [Theory]
    [InlineData("NotoSans-Bold.ttf", 1)]
    [InlineData("NotoSans-Regular.ttf", 1)]
    [InlineData("NotoSansCJKsc-Bold.otf", 7)]
    public void ATypefaceOfTheCardsManager_DrawsEveryGlyph_AsTheDefaultManagersTypefaceDoes(string file, int step)
    {
        var path = Path.Combine(RepoPaths.Theme, "cards", "fonts", file);
        using var system = SKFontManager.CreateDefault();
        using var theirs = system.CreateTypeface(path);
        using var ours = CardFontManager.Instance.CreateTypeface(path);
        var theirMasks = new GlyphMasks();
        var ourMasks = new GlyphMasks();

        var compared = 0;
        for (var glyph = 0; glyph < theirs.GlyphCount; glyph += step)
        {
            foreach (var size in new[] { 20f, 28f, 44f, 78f })
            {
                var expected = theirMasks.Get(theirs, (ushort)glyph, size);
                var actual = ourMasks.Get(ours, (ushort)glyph, size);
                Assert.True((expected.Left, expected.Top, expected.Width, expected.Height) == (actual.Left, actual.Top, actual.Width, actual.Height)
                    && expected.Coverage.AsSpan().SequenceEqual(actual.Coverage), $"{file}: glyph {glyph} at {size} px differs");
                compared += expected.Width > 0 ? 1 : 0;
            }
        }

        Assert.Equal(theirs.GlyphCount, ours.GlyphCount);
        Assert.True(compared > 1000, $"{compared} inked masks compared");
    }

    [Fact]
    public void AFileThatIsNoElfFile_OrIsCutShort_HasNoSymbols()
    {
        var library = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libSkiaSharp.so");
        Assert.Empty(ElfSymbols.Find(Path.Combine(RepoPaths.Theme, "cards", "card.yml"), ["sk_fontmgr_create_default"], 62));
        Assert.Empty(ElfSymbols.Find(File.ReadAllBytes(library).AsSpan(0, 1 << 20), ["sk_fontmgr_create_default"], 62));
        Assert.Empty(ElfSymbols.Find(library, ["sk_fontmgr_create_default"], machine: 183)); // an arm64 file is wanted

        var found = ElfSymbols.Find(library, ["sk_fontmgr_create_default", "no_such_symbol"], 62);
        Assert.Equal(["sk_fontmgr_create_default"], found.Keys);
    }
}

using Briefing.Media.Cards;
using Briefing.Tests.Support;
using SkiaSharp;

namespace Briefing.Tests.Media.Cards;

/// <summary>
/// Which font draws a character is decided by HarfBuzz's look-ups (no Skia typeface, whose first one scans every system
/// font): they must agree with Skia's, which draws the glyphs, or a card would change.
/// </summary>
public sealed class FontCoverageTests
{
    public static TheoryData<string> ThemeFonts() =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Theme, "cards", "fonts")).Where(f => f.EndsWith(".ttf", StringComparison.Ordinal) || f.EndsWith(".otf", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ThemeFonts))]
    public void EveryCodePoint_HasAGlyphInHarfBuzz_ExactlyWhenSkiaHasOne(string file)
    {
        var path = Path.Combine(RepoPaths.Theme, "cards", "fonts", file);
        using var coverage = FontCoverage.Open(path);
        using var typeface = SKTypeface.FromFile(path);
        using var font = new SKFont(typeface);

        var codePoints = Enumerable.Range(0, 0x110000).Where(c => c is < 0xD800 or > 0xDFFF).ToList();
        var disagree = codePoints.Where(c => coverage.Has(c) != font.ContainsGlyph(c)).Take(5).ToList();

        Assert.True(disagree.Count == 0, $"{file}: HarfBuzz and Skia disagree on {string.Join(", ", disagree.Select(c => $"U+{c:X4}"))}");
        Assert.True(codePoints.Count(coverage.Has) > 100, "the font has glyphs");
        Assert.True(FontCoverage.IsFont(path));
    }

    [Fact]
    public void AFileThatIsNoFont_IsNotAFont()
    {
        Assert.False(FontCoverage.IsFont(Path.Combine(RepoPaths.Theme, "cards", "card.yml")));
    }
}

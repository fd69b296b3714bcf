using Briefing.Media.Cards;

namespace Briefing.Tests.Media.Cards;

/// <summary>Shrink-to-fit: the largest size at which the text fits the box's lines and width, a word never cut.</summary>
public sealed class TextFitterTests
{
    // Every character 0.5 px wide at 1 px: a 10-letter word is 5 px wide at size 1, 390 px at size 78.
    private static FittedText Fit(string text, int width = 1040, int maxLines = 4, float size = 78, float minSize = 44)
    {
        var style = new CardTextStyle(0, 0, width, null, 360, size, minSize, maxLines, 1.14f, "bold", 0, "left");
        var segments = LineBreaker.Segments(text);
        return TextFitter.Fit(segments, segments.Select(s => s.Text.Length * 0.5f).ToArray(), 0.5f, 0.5f, style, width);
    }

    [Fact]
    public void ShortTitle_KeepsTheLargestSize()
    {
        var fitted = Fit("AWS loses its AI chief");

        Assert.Equal(78, fitted.Size);
        Assert.Single(fitted.Lines);
    }

    [Fact]
    public void LongTitle_ShrinksUntilItFitsTheLines()
    {
        // Twelve 10-letter words: three to a line (four lines) first fit at 64 px (3 × 5.5 × 64 − 0.5 × 64 = 1024 ≤ 1040)
        var title = string.Join(' ', Enumerable.Repeat("generative", 12));

        var fitted = Fit(title);

        Assert.Equal(64, fitted.Size);
        Assert.Equal(4, fitted.Lines.Count);
        Assert.False(fitted.Truncated);
        Assert.Equal(title, string.Join(' ', fitted.Lines));
    }

    [Fact]
    public void TitleTooLongAtTheSmallestSize_EndsInAnEllipsis_AtAWordBoundary()
    {
        var words = Enumerable.Range(0, 80).Select(i => $"word{i:00}").ToArray();

        var fitted = Fit(string.Join(' ', words));

        Assert.Equal(44, fitted.Size);
        Assert.True(fitted.Truncated);
        Assert.EndsWith(TextFitter.Ellipsis, fitted.Lines[^1]);
        Assert.All(string.Join(' ', fitted.Lines).TrimEnd('…').Split(' '), w => Assert.Contains(w, words));
    }

    [Fact]
    public void AWordWiderThanTheBoxAtTheSmallestSize_ShrinksFurther_RatherThanBeingCut()
    {
        var word = new string('x', 60); // 30 px at 1 px: 1320 px at 44, wider than 1040

        var fitted = Fit($"A {word} B");

        Assert.True(fitted.Size < 44);
        Assert.Contains(word, fitted.Lines);
        Assert.True(30 * fitted.Size <= 1040);
    }
}

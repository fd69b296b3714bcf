using Briefing.Media.Cards;

namespace Briefing.Tests.Media.Cards;

/// <summary>Wrapping a card's text: at spaces and between CJK characters, never inside a word.</summary>
public sealed class LineBreakerTests
{
    private static IReadOnlyList<string> Wrap(string text, float width, float charWidth = 10)
    {
        var segments = LineBreaker.Segments(text);
        var lines = LineBreaker.Break(segments, segments.Select(s => s.Text.Length * charWidth).ToArray(), charWidth, width);
        return lines.Select(l => LineBreaker.Join(segments, l.Start, l.Count)).ToArray();
    }

    [Fact]
    public void Latin_WrapsAtSpaces_KeepingHyphenatedWordsWhole()
    {
        var lines = Wrap("AWS loses generative-AI chief Vasi Philomin", width: 200);

        Assert.Equal(["AWS loses", "generative-AI chief", "Vasi Philomin"], lines);
    }

    [Fact]
    public void AWordWiderThanTheBox_GetsALineOfItsOwn_Uncut()
    {
        var lines = Wrap("The Donaudampfschifffahrtsgesellschaftskapitän leaves", width: 120);

        Assert.Equal(["The", "Donaudampfschifffahrtsgesellschaftskapitän", "leaves"], lines);
    }

    [Theory]
    [InlineData("Amazon reorganises its AI teams as the talent war heats up", 130)]
    [InlineData("Q&A: <script>alert(1)</script> \"quoted\" 'single' & José Núñez", 90)]
    [InlineData("a b c supercalifragilisticexpialidocious d", 50)]
    public void NoLine_EverSplitsAWord(string text, float width)
    {
        var lines = Wrap(text, width);

        Assert.Equal(text.Split(' '), lines.SelectMany(l => l.Split(' ')));
    }

    [Fact]
    public void Cjk_BreaksBetweenCharacters_WithoutSpaces()
    {
        var lines = Wrap("智源智能招聘首席科学家", width: 40);

        Assert.Equal(["智源智能", "招聘首席", "科学家"], lines);
    }

    [Fact]
    public void CjkClosingPunctuation_NeverStartsALine()
    {
        var segments = LineBreaker.Segments("智源，智能。");

        Assert.Equal(["智", "源，", "智", "能。"], segments.Select(s => s.Text));
    }

    [Fact]
    public void MixedLatinAndCjk_KeepsLatinWordsWhole()
    {
        var segments = LineBreaker.Segments("Meta hires 智源智能 researchers");

        Assert.Equal(["Meta", "hires", "智", "源", "智", "能", "researchers"], segments.Select(s => s.Text));
        Assert.Equal([true, true, false, false, false, true, false], segments.Select(s => s.SpaceAfter));
    }
}

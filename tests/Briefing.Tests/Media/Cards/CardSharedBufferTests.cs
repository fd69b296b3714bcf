using System.Globalization;
using System.Text;
using Briefing.Media.Cards;

namespace Briefing.Tests.Media.Cards;

/// <summary>
/// What a build's card drawing allocates no longer per card: the PNG in the painter's own buffer
/// (<see cref="CardPainter.PaintShared"/>) and the font runs cut as slices of the text (<see cref="CardFonts.Runs"/>).
/// </summary>
public sealed class CardSharedBufferTests
{
    private static SocialCards Cards() => CardPainterTests.Cards();

    private static CardContent Content => CardPainterTests.Content;

    [Fact]
    public void ThePaintersSharedBuffer_HoldsEachCardsBytes_AsAFreshPainterMakesThem_ShortAfterLongAndLongAfterShort()
    {
        using var cards = Cards();
        using var painter = cards.Painter();
        string[] titles = ["A", "智源研究院首席科学家加入深度求索，负责大模型预训练 and a title long enough for four lines of the card, or nearly", "B", "", "Wide glyphs WWW MMM at the edges"];

        foreach (var title in titles.Concat(titles.Reverse()))
        {
            var content = Content with { Title = title };
            using var fresh = cards.Painter();

            var shared = painter.PaintShared(content).ToArray();

            Assert.Equal(fresh.Paint(content), shared);
            Assert.Equal(shared, painter.Paint(content)); // Paint is a copy of the same bytes
        }
    }

    public static TheoryData<string> Texts => new()
    {
        "Plain Latin title",
        "智源研究院首席科学家加入深度求索",
        "Mixed 深度求索 and Latin, 混合 again",
        "Combining: e\u0301 n\u0303 and a\u0308\u0301",
        "Emoji: 👩‍💻 🇯🇵 👍🏽 done",
        "   leading and trailing spaces   ",
        "",
        " ",
        "Tabs\tand\r\nnewlines",
        "Ünïcödé Ærø Łódź Straße",
        "\u200Bzero width\u200D joiner",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void FontRuns_AreThoseOfTheTextElementWalk_ForEveryChain(string text)
    {
        using var cards = Cards();
        foreach (var chain in cards.Fonts.Chains.Keys)
        {
            Assert.Equal(ReferenceRuns(cards.Fonts, text, chain), cards.Fonts.Runs(text, chain).ToList());
        }
    }

    [Fact]
    public void FontRuns_OfMutatedText_WithLoneSurrogates_CoverTheTextWithoutThrowing()
    {
        using var cards = Cards();
        var random = new Random(20261208);
        char[] alphabet = ['a', ' ', '智', '\u0301', '\uD83D', '\uDC69', '\u200D', 'Z', '\t', '\uFFFD'];
        for (var i = 0; i < 500; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            foreach (var chain in cards.Fonts.Chains.Keys)
            {
                var runs = cards.Fonts.Runs(text, chain).ToList();

                Assert.Equal(text, string.Concat(runs.Select(r => r.Text)));
                Assert.All(runs, r => Assert.InRange(r.Font, 0, cards.Fonts.Chains[chain].Length - 1));
                Assert.All(runs.Zip(runs.Skip(1)), pair => Assert.NotEqual(pair.First.Font, pair.Second.Font));
                if (text.All(c => !char.IsSurrogate(c)))
                {
                    Assert.Equal(ReferenceRuns(cards.Fonts, text, chain), runs);
                }
            }
        }
    }

    /// <summary>The runs as the painter cut them before (a string and a lambda per text element): the reference.</summary>
    private static List<(int Font, string Text)> ReferenceRuns(CardFonts fonts, string text, string chain)
    {
        var coverage = fonts.CoverageOf(chain);
        var runs = new List<(int, string)>();
        var run = new StringBuilder();
        var current = -1;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var rune = Rune.GetRuneAt(element, 0);
            var font = Math.Max(0, Array.FindIndex(coverage, f => f.Has(rune.Value)));
            if (font != current && run.Length > 0)
            {
                runs.Add((current, run.ToString()));
                run.Clear();
            }

            current = font;
            run.Append(element);
        }

        if (run.Length > 0)
        {
            runs.Add((current, run.ToString()));
        }

        return runs;
    }
}

using Briefing.Media.Cards;
using Briefing.Model;
using Briefing.Tests.Support;

namespace Briefing.Tests.Media.Cards;

/// <summary>
/// A word a painter has placed before is drawn as one mask and precoded as one core a row (CardPainter.Words.cs, the
/// eighteenth session): the cards are the bytes and indices of cards drawn glyph by glyph and scanned byte by byte,
/// for repeated and kerned letters, one-letter words, CJK lines without spaces, empty and longest titles, boxes that
/// overlap, reach the canvas' edges or meet rectangles; and the glyph rows' filter is the pixel-by-pixel formula.
/// </summary>
public sealed class CardWordsTests
{
    private static readonly CardContent Content = new("Briefing", "AWS loses generative-AI chief Vasi Philomin", "26 June 2025", "Amazon, 智源智能", "Talent Briefing");

    private static SocialCards Cards()
    {
        var diagnostics = new List<Diagnostic>();
        var cards = SocialCards.Load(RepoPaths.Theme, "themes/briefing", diagnostics);
        Assert.Empty(diagnostics);
        return cards!;
    }

    public static TheoryData<string> Titles => new()
    {
        "",
        "A a I",
        "Mississippi assesses successes: committee occupies Tallahassee annually",
        "AVAWAY Tov LTA ffi fl Wj Te Yo \"quoted\" 12% — kerned pairs",
        "A title long enough to take four lines of the card at its smallest size, with words and more words and yet more words to fill them, and then some more",
        "智源研究院首席科学家加入深度求索，负责大模型预训练",
        "שלום עולם مرحبا بالعالم ÅÉÎ",
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void CardsWithWordsDrawnWhole_AreTheBytesAndIndicesOfCardsDrawnGlyphByGlyph(string title)
    {
        using var cards = Cards();
        using var painter = cards.Painter();
        using var byGlyph = cards.Painter();
        byGlyph.UseWords = false;
        using var scanned = cards.Painter();
        (scanned.UseWords, scanned.UseGlyphRows) = (false, false);

        // The same words come back in other titles, at other places in the line (other fractions of a pixel) and sizes.
        var words = title.Split(' ');
        var titles = new[] { title, string.Join(' ', words.Reverse()), "Other words", title, "x " + title, title + " " + title, title };
        var drawn = 0;
        foreach (var content in titles.Select(t => Content with { Title = t, Companies = t.Length % 2 == 0 ? "Meridian Compute, Sableix Robotics" : "Amazon" }))
        {
            var bytes = painter.Paint(content);

            Assert.Equal(byGlyph.Paint(content), bytes);
            Assert.Equal(scanned.Paint(content), bytes);
            Assert.Equal(PngFile.Pixels(bytes, cards.Layout.Width, cards.Layout.Height), painter.Indices.ToArray());
            drawn = Math.Max(drawn, painter.WordsDrawn);
        }

        Assert.True(drawn > 0, "words were drawn as one mask");
    }

    [Theory]
    [InlineData("overlapping boxes")]
    [InlineData("boxes at the edges")]
    [InlineData("a rectangle in a text's colour")]
    public void CardsOnOtherLayouts_WithWordsDrawnWhole_AreTheBytesOfCardsDrawnGlyphByGlyph(string kind)
    {
        using var cards = Cards();
        var layout = GlyphRowsTests.Layout(cards.Layout, kind);
        var glyphs = new GlyphMasks();
        using var counter = new CardPainter(layout, cards.Fonts, glyphs, null);
        var code = new Lazy<DeflateCode>(() => counter.Count(Content).CodeForAll());
        _ = code.Value;
        using var painter = new CardPainter(layout, cards.Fonts, glyphs, code);
        using var reference = new CardPainter(layout, cards.Fonts, glyphs, code) { UseWords = false, UseGlyphRows = false };
        string[] titles = ["Wide glyphs WWW MMM at the edges", "", "智源研究院首席科学家加入深度求索", "MMM WWW glyphs Wide edges the at"];
        var drawn = 0;

        foreach (var title in titles.Concat(titles).Concat(titles))
        {
            var content = Content with { Title = title, Companies = title.Length > 10 ? "Meridian Compute, Sableix Robotics" : "", Site = title, Label = title };

            var bytes = painter.Paint(content);

            Assert.Equal(reference.Paint(content), bytes);
            Assert.Equal(PngFile.Pixels(bytes, layout.Width, layout.Height), painter.Indices.ToArray());
            drawn = Math.Max(drawn, painter.WordsDrawn);
        }

        Assert.True(drawn > 0, "words were drawn as one mask");
    }

    [Fact]
    public void NarrowGlyphsBlendedAsShades_ChangeOnlyTheirOwnPixels_UpToTheCanvasEnd()
    {
        // Masks 1 to 15 pixels wide (one vector with lanes masked off, or pixel by pixel near the canvas' last bytes) over
        // a 40 × 10 canvas of random indices below the shades: each pixel the larger of it and the glyph's shade, others kept.
        const int width = 40, height = 10;
        const byte firstShade = 30;
        var random = new Random(181);
        for (var w = 1; w < 16; w++)
        {
            var mask = new GlyphMask(0, 0, w, 3, [.. Enumerable.Range(0, w * 3).Select(_ => (byte)(random.Next(3) == 0 ? 0 : random.Next(256)))]);
            foreach (var (x, y) in new[] { (0, 0), (3, 4), (width - w, 2), (width - w, height - 3), (width - w - 1, height - 3), (width - 5, height - 2), (-2, -1) })
            {
                var indices = Enumerable.Range(0, width * height).Select(_ => (byte)random.Next(firstShade + 20)).ToArray();
                var expected = indices.ToArray();
                for (var r = 0; r < mask.Height; r++)
                {
                    for (var c = 0; c < mask.Width; c++)
                    {
                        var (px, py) = (x + c, y + r);
                        var level = mask.Levels[(r * mask.Width) + c];
                        if (px >= 0 && px < width && py >= 0 && py < height && level != 0)
                        {
                            expected[(py * width) + px] = Math.Max(expected[(py * width) + px], (byte)(firstShade + level - 1));
                        }
                    }
                }

                mask.BlendShades(indices, width, height, x, y, firstShade);

                Assert.Equal(expected, indices);
            }
        }
    }

    [Fact]
    public void GlyphRowsFilter_IsThePixelByPixelUpFilterOfTheLevelsAsIndices()
    {
        const byte firstShade = 40, background = 3;
        var random = new Random(18);
        static int IndexOf(int level) => level == 0 ? background : firstShade + level - 1;
        for (var width = 1; width <= 70; width++)
        {
            var current = Enumerable.Range(0, width).Select(_ => (byte)(random.Next(3) == 0 ? 0 : random.Next(1, 16))).ToArray();
            var above = Enumerable.Range(0, width).Select(_ => (byte)(random.Next(3) == 0 ? 0 : random.Next(1, 16))).ToArray();
            foreach (var (row, over) in new[] { (current, above), (current, []), ([], above) })
            {
                var filtered = new byte[width];

                GlyphRows.Filter(row, over, firstShade, background, filtered);

                var expected = Enumerable.Range(0, width).Select(c => (byte)(IndexOf(row.Length == 0 ? 0 : row[c]) - IndexOf(over.Length == 0 ? 0 : over[c]))).ToArray();
                Assert.Equal(expected, filtered);
            }
        }
    }
}

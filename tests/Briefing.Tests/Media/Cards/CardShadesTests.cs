using Briefing.Media.Cards;
using Briefing.Model;
using Briefing.Tests.Support;

namespace Briefing.Tests.Media.Cards;

/// <summary>
/// Text drawn straight into the palette indices as shades (<see cref="GlyphMask.BlendShades"/>, the sixteenth session)
/// is the same pixels, and so the same bytes, as text blended into a coverage buffer first and shaded once (the path
/// before it, kept for boxes that overlap): real layouts, texts at every length and script, boxes that overlap, boxes at
/// the canvas's edges, a rectangle in a text's colour.
/// </summary>
public sealed class CardShadesTests
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
        "A",
        "AWS loses generative-AI chief Vasi Philomin",
        "A title long enough to take four lines of the card at its smallest size, with words and more words and yet more words to fill them, and then some more",
        "智源研究院首席科学家加入深度求索，负责大模型预训练",
        "שלום עולם مرحبا بالعالم",
        "Wj Qg ÅÉÎ ffi fl — “quoted” … 12% <tag> & co.",
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void TextDrawnStraightAsShades_IsThePixelsOfTextComposedThroughCoverage(string title)
    {
        using var cards = Cards();
        using var painter = cards.Painter();
        using var reference = cards.Painter();
        reference.ThroughCoverageOnly = true;

        foreach (var content in new[] { Content with { Title = title }, Content with { Title = title, Companies = "", Date = "" }, Content with { Title = title } })
        {
            var bytes = painter.Paint(content);

            Assert.Equal(reference.Paint(content), bytes);
            Assert.True(reference.Indices.SequenceEqual(painter.Indices));
        }

        Assert.Equal(0, painter.DrawnThroughCoverage); // the theme's boxes do not overlap: every text went straight
    }

    public static TheoryData<string> Layouts => new() { "overlapping boxes", "boxes at the edges", "a rectangle in a text's colour" };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void TextOnOtherLayouts_IsThePixelsOfTextComposedThroughCoverage(string kind)
    {
        using var cards = Cards();
        var layout = Layout(cards.Layout, kind);
        var glyphs = new GlyphMasks();
        using var painter = new CardPainter(layout, cards.Fonts, glyphs, null);
        using var reference = new CardPainter(layout, cards.Fonts, glyphs, null) { ThroughCoverageOnly = true };
        string[] titles = ["Wide glyphs WWW MMM at the edges", "", "智源研究院首席科学家加入深度求索", "Wide glyphs WWW MMM at the edges"];

        foreach (var title in titles.Concat(titles))
        {
            var content = Content with { Title = title, Companies = title.Length > 10 ? "Meridian Compute, Sableix Robotics" : "" };

            var bytes = painter.Paint(content);

            Assert.Equal(reference.Paint(content), bytes);
            Assert.Equal(PngFile.Pixels(bytes, layout.Width, layout.Height), reference.Indices.ToArray());
        }

        if (kind == "overlapping boxes")
        {
            Assert.True(painter.DrawnThroughCoverage > 0, "a box that overlaps another was drawn through the coverage");
        }
    }

    private static CardLayout Layout(CardLayout theme, string kind)
    {
        var texts = theme.Texts.ToDictionary(t => t.Key, t => t.Value);
        var rects = theme.Rects.ToList();
        switch (kind)
        {
            case "overlapping boxes":
                // The companies (the date's colour) over the date, the site (another colour) over the title, the label on the title.
                texts["companies"] = texts["companies"] with { Y = texts["date"].Y + 6 };
                texts["site"] = texts["site"] with { X = 100, Y = texts["title"].Y + 10, Align = "left" };
                texts["label"] = texts["label"] with { Y = texts["title"].Y + 20, Size = 60 };
                break;
            case "boxes at the edges":
                // Glyphs cut by every edge of the canvas: the first row and column, the last row and column.
                texts["label"] = texts["label"] with { X = -12, Y = -20, Size = 60 };
                texts["title"] = texts["title"] with { X = -8 };
                texts["date"] = texts["date"] with { Y = theme.Height - 20, Size = 60 };
                texts["site"] = texts["site"] with { X = theme.Width - 300, Y = theme.Height - 30, Width = 360, Size = 60, Align = "left" };
                break;
            default:
                // A rectangle of the title's colour under the title's first line, one of the site's colour under the date.
                rects.Add(new CardBox(60, texts["title"].Y + 20, 700, 30, texts["title"].Color));
                rects.Add(new CardBox(60, texts["date"].Y, 400, 20, texts["site"].Color));
                break;
        }

        return theme with { Texts = texts, Rects = rects };
    }

    [Fact]
    public void AGlyphsLevels_AreThePalettesShadesOfItsCoverage()
    {
        using var cards = Cards();
        var shades = CardPalette.For(cards.Layout)!.Shades(cards.Layout.Texts["title"].Color);
        var mask = new GlyphMask(0, 0, 256, 1, [.. Enumerable.Range(0, 256).Select(c => (byte)c)]);

        var levels = mask.Levels;

        Assert.Equal(0, levels[0]);
        Assert.All(Enumerable.Range(1, 255), c => Assert.Equal(shades[c], shades[1] - 1 + levels[c]));
    }

    [Fact]
    public void GlyphsBlendedAsShades_KeepTheLargerShade_AndAreClippedAtTheCanvasEdges()
    {
        // Two masks that overlap, one reaching past the top-left corner, one past the bottom-right, on a 40 × 20 canvas
        // of background index 3 with shades from 10 (level 1) up; the reference: coverage blended, then shaded.
        var random = new Random(5);
        var first = new GlyphMask(-3, -4, 37, 9, [.. Enumerable.Range(0, 37 * 9).Select(_ => (byte)(random.Next(3) == 0 ? 0 : random.Next(256)))]);
        var second = new GlyphMask(0, 0, 19, 12, [.. Enumerable.Range(0, 19 * 12).Select(_ => (byte)(random.Next(3) == 0 ? 0 : random.Next(256)))]);
        first.Coverage[(2 * 37) + 2] = 200; // on the canvas's first pixel
        second.Coverage[(7 * 19) + 14] = 200; // on its last
        var placed = new[] { (first, 1, 2), (second, 25, 12), (first, 20, 5) };
        var shades = new byte[256];
        for (var c = 1; c < 256; c++)
        {
            shades[c] = (byte)(10 + Math.Max(1, ((c * 15) + 127) / 255) - 1);
        }

        var coverage = new byte[40 * 20];
        var indices = Enumerable.Repeat((byte)3, 40 * 20).ToArray();
        foreach (var (mask, x, y) in placed)
        {
            mask.Blend(coverage, 40, 20, x, y);
            mask.BlendShades(indices, 40, 20, x, y, firstShade: 10);
        }

        Assert.Equal(coverage.Select(c => c == 0 ? (byte)3 : shades[c]).ToArray(), indices);
        Assert.NotEqual(0, coverage[0]);
        Assert.NotEqual(0, coverage[^1]);
    }
}

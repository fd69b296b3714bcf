using Briefing.Media.Cards;
using Briefing.Model;
using Briefing.Tests.Support;

namespace Briefing.Tests.Media.Cards;

/// <summary>
/// Glyph rows precoded once per painter (<see cref="GlyphRows"/>, the seventeenth session) and appended where a card's
/// filtered row holds them write the same bytes as the scan of those rows: glyphs alone, glyphs that overlap, touch or
/// are cut by the canvas' edges, rows whose bytes differ from a core's, and whole cards (empty, longest, repeated and
/// kerned letters, CJK, boxes that overlap or reach the edges).
/// </summary>
public sealed class GlyphRowsTests
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
        "Mississippi assesses successes: committee occupies Tallahassee annually",
        "AVAWAY Tov LTA ffi fl Wj Te Yo \"quoted\" 12% — kerned pairs",
        "A title long enough to take four lines of the card at its smallest size, with words and more words and yet more words to fill them, and then some more",
        "智源研究院首席科学家加入深度求索，负责大模型预训练",
        "שלום עולם مرحبا بالعالم ÅÉÎ",
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void CardsWithPrecodedGlyphRows_AreTheBytesOfCardsScannedByteByByte(string title)
    {
        using var cards = Cards();
        using var painter = cards.Painter();
        using var reference = cards.Painter();
        reference.UseGlyphRows = false;

        // The second card of a title codes its glyphs' rows, the third uses them (from the fourth on, the title is a patch).
        var used = 0;
        foreach (var content in new[] { Content with { Title = title }, Content with { Title = "Other words" }, Content with { Title = title },
                     Content with { Title = title, Companies = "", Date = "" }, Content with { Title = title } })
        {
            var bytes = painter.Paint(content);

            Assert.Equal(reference.Paint(content), bytes);
            Assert.Equal(PngFile.Pixels(bytes, cards.Layout.Width, cards.Layout.Height), painter.Indices.ToArray());
            used = Math.Max(used, painter.GlyphCoreCount);
        }

        Assert.True(used > 0 || title.Length == 0, "the glyphs' rows were given to the encoder");
    }

    public static TheoryData<string> Layouts => new() { "overlapping boxes", "boxes at the edges", "a rectangle in a text's colour" };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void CardsOnOtherLayouts_WithPrecodedGlyphRows_AreTheBytesOfCardsScanned(string kind)
    {
        using var cards = Cards();
        var layout = Layout(cards.Layout, kind);
        var glyphs = new GlyphMasks();
        using var counter = new CardPainter(layout, cards.Fonts, glyphs, null);
        var code = new Lazy<DeflateCode>(() => counter.Count(Content).CodeForAll());
        _ = code.Value;
        using var painter = new CardPainter(layout, cards.Fonts, glyphs, code);
        using var reference = new CardPainter(layout, cards.Fonts, glyphs, code) { UseGlyphRows = false };
        string[] titles = ["Wide glyphs WWW MMM at the edges", "", "智源研究院首席科学家加入深度求索", "Wide glyphs WWW MMM at the edges"];
        var used = 0;

        foreach (var title in titles.Concat(titles))
        {
            var content = Content with { Title = title, Companies = title.Length > 10 ? "Meridian Compute, Sableix Robotics" : "", Site = title };

            var bytes = painter.Paint(content);

            Assert.Equal(reference.Paint(content), bytes);
            Assert.Equal(PngFile.Pixels(bytes, layout.Width, layout.Height), painter.Indices.ToArray());
            used = Math.Max(used, painter.GlyphCoreCount);
        }

        Assert.True(used > 0, "the glyphs' rows were given to the encoder");
    }

    [Fact]
    public void GlyphsAloneTouchingOverlappingAndCut_WriteTheBytesOfTheirScan()
    {
        // Random masks (blank columns and rows among their coverage) drawn as shades over a background of index 2 on a
        // 160 × 48 canvas: alone, two that touch (no zero between their cores), two that overlap, one over a rectangle
        // of another index, one cut by each side, one on the first and last rows, and cores whose row another glyph
        // changed; with cores for all of them (the encoder must keep only those the rows hold).
        const int width = 160, height = 48;
        const byte background = 2, firstShade = 20;
        var random = new Random(17);
        GlyphMask Mask(int w, int h) => new(0, 0, w, h, [.. Enumerable.Range(0, w * h).Select(i => (byte)(i % w == 0 || random.Next(4) == 0 ? 0 : random.Next(256)))]);
        var masks = new[] { Mask(9, 11), Mask(14, 7), Mask(5, 13), Mask(1, 6), Mask(23, 3) };
        var placed = new (int Mask, int X, int Y)[]
        {
            (0, 4, 3), (0, 30, 3), (1, 13, 5), (1, 27, 3), (2, 44, 2), (2, 46, 4), (4, 60, 20), (0, -3, 30), (1, 150, 30),
            (2, 80, -4), (2, 90, 40), (3, 100, 10), (3, 101, 10), (3, 103, 10), (0, 120, 20), (4, 115, 25),
        };
        var indices = Enumerable.Repeat(background, width * height).ToArray();
        indices.AsSpan((22 * width) + 64, 10).Fill(7); // under the glyph at (60, 20)
        foreach (var (mask, x, y) in placed)
        {
            masks[mask].BlendShades(indices, width, height, x, y, firstShade);
        }

        var deflate = new SparseDeflate();
        var code = deflate.Count(indices, width, height, []).CodeForAll();
        var arena = new GlyphArena();
        var rows = masks.Select(m => GlyphRows.Make(m, firstShade, background, code, arena)).ToArray();
        var cores = new GlyphCores(arena);
        foreach (var (mask, x, y) in placed)
        {
            cores.Add(rows[mask], x, y);
        }

        cores.Add(rows[1], 70, 35); // a glyph that was not drawn: its cores are not in the rows
        cores.Sort(height);

        var scanned = deflate.Compress(indices, width, height, [], code).ToArray();
        var withCores = deflate.Compress(indices, width, height, [], code, [], null, cores).ToArray();

        Assert.Equal(scanned, withCores);
        Assert.Equal(indices, PngFile.Pixels(PngEncoder.Indexed(withCores, width, height, [.. Enumerable.Range(0, 256).Select(i => (uint)i)]), width, height));
    }

    [Fact]
    public void ARowWithCores_IsTheScansBitsAndSums_AndUsesTheCoresItHolds()
    {
        // One filtered row: cores alone, a core right after the filter byte (no zero before it), one that touches the
        // next, one whose bytes differ by one, one reaching the row's end, and runs of four inside cores and between them.
        var arena = new GlyphArena();
        byte[][] coreBytes = [[5, 1, 1, 1, 1, 9], [3], [7, 0, 0, 0, 0, 0, 8], [4, 4, 4, 4], [6, 6], [1, 0, 2]];
        var deflate = new SparseDeflate();
        var code = deflate.Count(new byte[600], 200, 3, []).CodeForAll();
        var cores = new List<PlacedCore>();
        var row = new byte[200 + 1 + 32];
        row[0] = 2;
        (int Core, int At)[] used = [(1, 1), (0, 10), (2, 30), (3, 40), (4, 44), (1, 60), (5, 64), (0, 90), (3, 197)];
        foreach (var (core, at) in used)
        {
            coreBytes[core].CopyTo(row, at);
        }

        row[93] = 8; // the core at 90 differs here
        row[201] = 1; // where the scan stops
        var codes = coreBytes.Select(bytes =>
        {
            var padded = new byte[bytes.Length + 100];
            bytes.CopyTo(padded, 0);
            padded[bytes.Length] = 1;
            var bits = new byte[256];
            var writer = new DeflateWriter(code, bits, 0);
            var (sum, weighted) = writer.Row(padded, bytes.Length, 0, 0);
            var entries = Entries(bits, writer.BitPosition).ToArray();
            return arena.Add(new RowCore(bytes.Length, entries.Length, (uint)sum, (uint)weighted), entries, bytes);
        }).ToArray();
        var placed = used.Select(u => new PlacedCore(u.At, codes[u.Core])).Append(new PlacedCore(45, codes[1])).OrderBy(c => c.Start).ToArray();

        var plainBits = new byte[1024];
        var plain = new DeflateWriter(code, plainBits, 0);
        var plainSums = plain.Row(row, 201, 1, 0);
        var coredBits = new byte[1024];
        var cored = new DeflateWriter(code, coredBits, 0);
        var coredSums = cored.Row(row, 201, 1, 0, placed, arena);

        Assert.Equal(plain.BitPosition, cored.BitPosition);
        Assert.Equal(plainBits, coredBits);
        Assert.Equal(plainSums, coredSums);
    }

    private static IEnumerable<ulong> Entries(byte[] bits, long count)
    {
        for (var from = 0L; from < count; from += 48)
        {
            var take = (int)Math.Min(count - from, 48);
            yield return DeflateCode.Entry((BitConverter.ToUInt64(bits, (int)(from / 8)) >> (int)(from % 8)) & ((1UL << take) - 1), take);
        }
    }

    private static CardLayout Layout(CardLayout theme, string kind)
    {
        var texts = theme.Texts.ToDictionary(t => t.Key, t => t.Value);
        var rects = theme.Rects.ToList();
        switch (kind)
        {
            case "overlapping boxes":
                texts["companies"] = texts["companies"] with { Y = texts["date"].Y + 6 };
                texts["site"] = texts["site"] with { X = 100, Y = texts["title"].Y + 10, Align = "left" };
                texts["label"] = texts["label"] with { Y = texts["title"].Y + 20, Size = 60 };
                break;
            case "boxes at the edges":
                texts["label"] = texts["label"] with { X = -12, Y = -20, Size = 60 };
                texts["title"] = texts["title"] with { X = -8 };
                texts["date"] = texts["date"] with { Y = theme.Height - 20, Size = 60 };
                texts["site"] = texts["site"] with { X = theme.Width - 300, Y = theme.Height - 30, Width = 360, Size = 60, Align = "left" };
                break;
            default:
                rects.Add(new CardBox(60, texts["title"].Y + 20, 700, 30, texts["title"].Color));
                rects.Add(new CardBox(60, texts["date"].Y, 400, 20, texts["site"].Color));
                break;
        }

        return theme with { Texts = texts, Rects = rects };
    }
}

using Briefing.Media.Cards;

namespace Briefing.Tests.Media.Cards;

/// <summary>
/// The eighteenth session's vector paths beside the scalar formulas: a glyph narrower than a vector blended as shades
/// with its lanes masked off (levels padded), and a glyph's rows Up-filtered as indices a vector at a time.
/// </summary>
public sealed class GlyphVectorPathsTests
{
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

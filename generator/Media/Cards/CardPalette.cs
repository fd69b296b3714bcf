namespace Briefing.Media.Cards;

/// <summary>
/// The colours of a card without a photo: the background, each rectangle's colour, and for each text colour 15
/// shades from the background to it (the text's anti-aliased edges, coverage quantized to 16 levels, which at card
/// sizes cannot be told from 256). One byte a pixel instead of four: what makes encoding cheap (docs/performance.md).
/// </summary>
public sealed class CardPalette
{
    private const int Levels = 15;

    private readonly List<uint> _colours = [];
    private readonly Dictionary<uint, byte[]> _shades = [];

    /// <summary>The palette of <paramref name="layout"/>; null when it needs more than 256 colours (the card is then drawn in full colour).</summary>
    public static CardPalette? For(CardLayout layout)
    {
        var palette = new CardPalette();
        palette.Solid(layout.Background);
        foreach (var rect in layout.Rects)
        {
            palette.Solid(rect.Color);
        }

        foreach (var colour in layout.Texts.Values.Select(t => t.Color & 0xFFFFFF).Distinct())
        {
            if (palette._colours.Count + Levels > 256)
            {
                return null;
            }

            var shades = new byte[256];
            var first = palette._colours.Count;
            for (var level = 1; level <= Levels; level++)
            {
                palette._colours.Add(Blend(layout.Background, colour, level / (float)Levels));
            }

            for (var coverage = 1; coverage < 256; coverage++)
            {
                shades[coverage] = (byte)(first + Math.Max(1, (coverage * Levels + 127) / 255) - 1);
            }

            palette._shades[colour] = shades;
        }

        return palette._colours.Count <= 256 ? palette : null;
    }

    /// <summary>The palette's colours as <c>0x00rrggbb</c>, in index order.</summary>
    public IReadOnlyList<uint> Colours => _colours;

    /// <summary>The index of a solid colour (<see cref="CardLayout.Background"/>, a rectangle's).</summary>
    public byte IndexOf(uint argb) => (byte)_colours.IndexOf(argb & 0xFFFFFF);

    /// <summary>For text of <paramref name="argb"/>: the index of each coverage from 1 to 255 (0 leaves what is below).</summary>
    public byte[] Shades(uint argb) => _shades[argb & 0xFFFFFF];

    private void Solid(uint argb)
    {
        if (!_colours.Contains(argb & 0xFFFFFF))
        {
            _colours.Add(argb & 0xFFFFFF);
        }
    }

    private static uint Blend(uint background, uint colour, float amount)
    {
        uint Channel(int shift)
        {
            var from = (background >> shift) & 0xFF;
            var to = (colour >> shift) & 0xFF;
            return (uint)MathF.Round(from + ((to - (float)from) * amount)) << shift;
        }

        return Channel(16) | Channel(8) | Channel(0);
    }
}

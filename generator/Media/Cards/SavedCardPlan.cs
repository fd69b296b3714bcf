using System.Text;

namespace Briefing.Media.Cards;

/// <summary>
/// A card plan as <see cref="CardPlanCache"/> read it: each card's route and each page's card, with what a card shows
/// decoded from the file's bytes only when asked. A body edit draws no card and renders one page: at 10,000 briefings
/// decoding every card's texts (~13,600 cards, six strings each) was ~20 MB of the rebuild's allocations.
/// </summary>
public sealed class SavedCardPlan
{
    private readonly byte[] _bytes;
    private readonly int[] _offsets;
    private readonly CardContent?[] _decoded;

    internal SavedCardPlan(byte[] bytes, string[] cards, int[] offsets, Dictionary<string, int> pages)
    {
        _bytes = bytes;
        Cards = cards;
        _offsets = offsets;
        _decoded = new CardContent?[cards.Length];
        Pages = pages;
    }

    /// <summary>Each card's route, in the order they were saved.</summary>
    public IReadOnlyList<string> Cards { get; }

    /// <summary>Each page's card (an index into <see cref="Cards"/>), by the page's route.</summary>
    public IReadOnlyDictionary<string, int> Pages { get; }

    /// <summary>What card <paramref name="card"/> shows (decoded once; the load checked that its bytes are there).</summary>
    public CardContent Content(int card)
    {
        if (_decoded[card] is { } decoded)
        {
            return decoded;
        }

        using var reader = new BinaryReader(new MemoryStream(_bytes, _offsets[card], _bytes.Length - _offsets[card], writable: false), Encoding.UTF8);
        var content = new CardContent(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(),
            reader.ReadBoolean() ? reader.ReadString() : null);
        _decoded[card] = content; // a race decodes twice, to equal records
        return content;
    }
}

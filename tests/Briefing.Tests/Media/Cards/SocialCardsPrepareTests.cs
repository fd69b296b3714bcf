using Briefing.Media.Cards;
using Briefing.Model;
using Briefing.Tests.Support;

namespace Briefing.Tests.Media.Cards;

/// <summary>
/// The painter that counted the reference card (the build's Deflate code) paints the build's cards too: its bytes must
/// be a fresh painter's, whether the code was made ahead (<see cref="SocialCards.Prepare"/>) or by the first card.
/// </summary>
public sealed class SocialCardsPrepareTests
{
    private static readonly CardContent[] Contents =
    [
        new("Briefing", "Aarav Fischer takes over search at Sableix Robotics after twelve years", "26 June 2025", "Sableix Robotics, Meridian Compute, Lyraix Intelligence", "Talent Briefing"),
        new("Briefing", "AWS loses generative-AI chief Vasi Philomin", "26 June 2025", "Amazon, 智源智能", "Talent Briefing"),
        new("Briefing", "Short", "1 May 2024", "", "Company"),
    ];

    private static SocialCards Cards()
    {
        var diagnostics = new List<Diagnostic>();
        var cards = SocialCards.Load(RepoPaths.Theme, "themes/briefing", diagnostics);
        Assert.Empty(diagnostics);
        return cards!;
    }

    private static Dictionary<string, byte[]> Rendered(SocialCards cards)
    {
        var written = new System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        cards.Render([.. Contents.Select((c, i) => ($"/cards/{i}.png", c))], (route, bytes) => written[route] = bytes);
        return new Dictionary<string, byte[]>(written, StringComparer.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void CardsDrawnByThePainterThatMadeTheCode_EqualAFreshPaintersBytes(int prepared)
    {
        using var cards = Cards();
        if (prepared == 1)
        {
            cards.Prepare();
        }
        else if (prepared == 2)
        {
            cards.PrepareInBackground(); // the cards stage may start while the code is being made
        }

        var rendered = Rendered(cards);

        using var reference = Cards();
        for (var i = 0; i < Contents.Length; i++)
        {
            using var fresh = reference.Painter();
            Assert.Equal(fresh.Paint(Contents[i]), rendered[$"/cards/{i}.png"]);
        }
    }

    [Fact]
    public void PreparedCards_RenderTwice_AndDisposeWithoutDrawing()
    {
        using (var unused = Cards())
        {
            unused.PrepareInBackground(); // disposed at once: waits for the painter, then disposes it with the fonts
        }

        using var cards = Cards();
        cards.Prepare();
        var first = Rendered(cards);
        var second = Rendered(cards); // the pool was emptied by the first: new painters, same bytes
        Assert.Equal(first.OrderBy(kv => kv.Key).Select(kv => kv.Value), second.OrderBy(kv => kv.Key).Select(kv => kv.Value));
    }
}

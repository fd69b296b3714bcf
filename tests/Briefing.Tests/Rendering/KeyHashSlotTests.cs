using Briefing.Rendering;
using Briefing.Rendering.Views;

namespace Briefing.Tests.Rendering;

/// <summary>
/// A card keeps its content-key hash in itself (<see cref="KeyHashSlot"/>): a copy made with <c>with</c> carries the
/// original's slot and must work out its own hash, and a kept hash must not change the record's equality.
/// </summary>
public sealed class KeyHashSlotTests
{
    private static readonly ArticleCardView Card = new(
        "Title", "/b/one/", "2024-05-01", "1 May 2024", "Summary",
        [new LinkView("Amazon", "/companies/amazon/")], [], [], null, false, 3);

    [Fact]
    public void ACopyMadeWithWith_AfterTheOriginalKeptItsHash_KeepsItsOwn()
    {
        var original = Card with { };
        var kept = original.KeyHash(CardKeyJsonConverter.Hash);
        var copy = original with { Title = "Another title" };

        Assert.Equal(CardKeyJsonConverter.Hash(copy), copy.KeyHash(CardKeyJsonConverter.Hash));
        Assert.NotEqual(kept, copy.KeyHash(CardKeyJsonConverter.Hash));
        Assert.Equal(kept, original.KeyHash(CardKeyJsonConverter.Hash));
    }

    [Fact]
    public void AKeptHash_LeavesTheRecordsEqualityAndHashCodeAsItsFieldsGive()
    {
        var hashed = Card with { };
        var plain = Card with { };
        _ = hashed.KeyHash(CardKeyJsonConverter.Hash);

        Assert.Equal(plain, hashed);
        Assert.Equal(plain.GetHashCode(), hashed.GetHashCode());
        Assert.NotEqual(plain with { Title = "Another title" }, hashed);
    }
}

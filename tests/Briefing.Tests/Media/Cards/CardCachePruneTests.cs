using Briefing.Media.Cards;

namespace Briefing.Tests.Media.Cards;

/// <summary>The card cache keeps the cards some page shows and removes the rest, whatever else its folder holds.</summary>
public sealed class CardCachePruneTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefing-card-cache-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Prune_RemovesCardsNoPageShows_KeepsTheRestAndSubfolders()
    {
        // Given a cache holding two cards still shown, two no longer shown (one hidden), and a subfolder
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        foreach (var name in new[] { "aa.png", "bb.png", "old.png", ".hidden.png", Path.Combine("sub", "inner.png") })
        {
            File.WriteAllBytes(Path.Combine(_folder, name), [1, 2, 3]);
        }

        // When it is pruned to the routes of the cards shown now
        new CardCache(_folder).Prune(["/cards/aa.png", "/cards/bb.png", "/cards/not-cached.png"]);

        // Then exactly the cards no page shows are gone
        Assert.Equal(["aa.png", "bb.png"], Directory.GetFiles(_folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(_folder, "sub", "inner.png")));
    }

    [Fact]
    public void Prune_OfAMissingFolder_DoesNothing()
    {
        new CardCache(_folder).Prune(["/cards/aa.png"]);

        Assert.False(Directory.Exists(_folder));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

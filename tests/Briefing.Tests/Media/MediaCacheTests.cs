using Briefing.Media;
using Briefing.Model;
using Briefing.Tests.Support;

namespace Briefing.Tests.Media;

/// <summary>The image cache: nothing is encoded twice, a change is encoded again, what no image uses goes, bytes are stable.</summary>
public sealed class MediaCacheTests : IDisposable
{
    private static readonly ImageSettings Settings = new([32, 64], 75, "100vw");

    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefing-tests", Guid.NewGuid().ToString("N"));

    public MediaCacheTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "content", "media"));
        Write("content/media/a.jpg", TestImages.Jpeg(100, 50));
        Write("content/media/b.png", TestImages.Png(48, 48));
    }

    private string Cache => Path.Combine(_root, ".briefing", "cache");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void UnchangedImages_AreNeverEncodedTwice()
    {
        using var stage = new MediaStage(Cache);
        var first = stage.Process(_root, ["content/media/a.jpg", "content/media/b.png"], Settings);
        var second = stage.Process(_root, ["content/media/a.jpg", "content/media/b.png"], Settings);

        Assert.Equal(2, first.Encoded);
        Assert.Equal(0, second.Encoded);
        Assert.Equal(first.Files, second.Files);
        Assert.Equal(first.Hash, second.Hash);
    }

    [Fact]
    public void UnchangedImages_AreNotEncodedAgain_WhenTheIndexIsGone_TheirBytesAreTheKey()
    {
        using var stage = new MediaStage(Cache);
        stage.Process(_root, ["content/media/a.jpg"], Settings);
        File.Delete(Path.Combine(Cache, "images", "index"));
        File.SetLastWriteTimeUtc(Path.Combine(_root, "content/media/a.jpg"), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(0, stage.Process(_root, ["content/media/a.jpg"], Settings).Encoded);
    }

    [Fact]
    public void ChangedImage_IsEncodedAgain_UnderNewUrls_AndItsOldVariantsLeaveTheCache()
    {
        using var stage = new MediaStage(Cache);
        var before = stage.Process(_root, ["content/media/a.jpg", "content/media/b.png"], Settings);
        Write("content/media/a.jpg", TestImages.Jpeg(120, 60));
        var after = stage.Process(_root, ["content/media/a.jpg", "content/media/b.png"], Settings);

        Assert.Equal(1, after.Encoded);
        Assert.NotEqual(before.Sets["content/media/a.jpg"].Largest.WebpRoute, after.Sets["content/media/a.jpg"].Largest.WebpRoute);
        Assert.Equal(before.Sets["content/media/b.png"].Variants, after.Sets["content/media/b.png"].Variants);
        Assert.All(before.Files.Except(after.Files), f => Assert.False(File.Exists(f.File), f.File));
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(Cache, "images")).Length);
    }

    [Fact]
    public void ChangedSettings_EncodeAgain()
    {
        using var stage = new MediaStage(Cache);
        stage.Process(_root, ["content/media/a.jpg"], Settings);
        Assert.Equal(1, stage.Process(_root, ["content/media/a.jpg"], Settings with { Quality = 60 }).Encoded);
    }

    [Fact]
    public void SameInput_GivesTheSameBytes()
    {
        using var one = new MediaStage(Path.Combine(_root, "one"));
        using var two = new MediaStage(null);
        var a = one.Process(_root, ["content/media/a.jpg", "content/media/b.png"], Settings);
        var b = two.Process(_root, ["content/media/a.jpg", "content/media/b.png"], Settings);

        Assert.Equal(a.Files.Select(f => f.Route), b.Files.Select(f => f.Route));
        Assert.All(a.Files.Zip(b.Files), p => Assert.Equal(File.ReadAllBytes(p.First.File), File.ReadAllBytes(p.Second.File)));
    }

    [Fact]
    public void Variants_AreNeverWiderThanTheOriginal_WhichIsTheWidestWhenNarrowerThanTheLargestWidth()
    {
        using var stage = new MediaStage(Cache);
        var set = stage.Process(_root, ["content/media/a.jpg", "content/media/b.png"], Settings).Sets;

        Assert.Equal([(32, 16), (64, 32)], set["content/media/a.jpg"].Variants.Select(v => (v.Width, v.Height)));
        Assert.Equal([(32, 32), (48, 48)], set["content/media/b.png"].Variants.Select(v => (v.Width, v.Height)));
        Assert.Equal("image/png", set["content/media/b.png"].FallbackType);
        Assert.EndsWith(".48.png", set["content/media/b.png"].Largest.FallbackRoute, StringComparison.Ordinal);
    }

    private void Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}

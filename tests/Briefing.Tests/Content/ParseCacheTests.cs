using System.Globalization;
using Briefing.Content;
using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>
/// The parse cache (<c>.briefing/cache/briefings.bin</c>) is written in blocks of 512 briefings; a load that changed
/// a few briefings writes only their blocks again and copies the others as read. The file must be what a load that
/// parsed everything writes.
/// </summary>
public sealed class ParseCacheTests
{
    private const int Briefings = 1300; // three blocks

    [Fact]
    public void BodyEdit_RewritesTheCache_ByteForByteAsAFreshParseWritesIt()
    {
        // Given a site of three cache blocks, loaded once through the cache
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        for (var i = 0; i < Briefings; i++)
        {
            site.Write(Briefing(i), $"---\ntitle: \"Briefing {i}\"\ndate: 2024-05-01T10:00:00Z\nsummary: \"Summary {i}.\"\ncompanies: [amazon]\n"
                + "sources:\n  - name: Example News\n    url: https://news.example.com/a\n---\n\nAmazon did something. Body " + i + ".\n");
        }

        var cacheFolder = Path.Combine(site.Root, ".briefing", "cache");
        var file = Path.Combine(cacheFolder, "briefings.bin");
        Load(site, cacheFolder);
        var before = File.ReadAllBytes(file);

        // When one body in the middle block and one at the end change, and the site is loaded again
        File.AppendAllText(Path.Combine(site.Root, Briefing(700)), "\nOne more sentence.\n");
        File.AppendAllText(Path.Combine(site.Root, Briefing(Briefings - 1)), "\nAnd another.\n");
        Load(site, cacheFolder);
        var incremental = File.ReadAllBytes(file);

        // Then the cache holds the edits, and equals the cache a load without one writes (every briefing parsed)
        Assert.NotEqual(before, incremental);
        File.Delete(file);
        Load(site, cacheFolder);
        Assert.Equal(File.ReadAllBytes(file), incremental);
    }

    [Fact]
    public void ACacheWithDamagedBytes_IsReadOrIgnored_NeverSizesAHugeArrayOrThrows()
    {
        // Given the parse cache of a small site
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var cacheFolder = Path.Combine(site.Root, ".briefing", "cache");
        var file = Path.Combine(cacheFolder, "briefings.bin");
        Load(site, cacheFolder);
        var bytes = File.ReadAllBytes(file);
        var random = new Random(1812);
        int[] counts = [int.MaxValue, int.MinValue, -1, 1 << 28, bytes.Length];

        for (var at = 0; at < bytes.Length - 4; at++)
        {
            // When four bytes anywhere are replaced by a huge, negative or random count
            var copy = bytes.ToArray();
            var count = at % 2 == 0 ? counts[random.Next(counts.Length)] : random.Next();
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(copy.AsSpan(at), count);
            File.WriteAllBytes(file, copy);
            var allocated = GC.GetTotalAllocatedBytes();

            // Then opening it throws nothing and allocates no more than a few times the file
            _ = ParseCache.Open(cacheFolder, (_, _) => "");
            Assert.True(GC.GetTotalAllocatedBytes() - allocated < 64L << 20, $"offset {at}, count {count}");
        }
    }

    private static string Briefing(int i) => $"content/briefings/2024/briefing-{i.ToString("D4", CultureInfo.InvariantCulture)}.md";

    private static void Load(TestSite site, string cacheFolder)
    {
        var result = SiteLoader.Load(site.Root, new LoadOptions { CacheFolder = cacheFolder });
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }
}

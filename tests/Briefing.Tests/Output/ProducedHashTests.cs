using Briefing.Output;

namespace Briefing.Tests.Output;

/// <summary>
/// The hash of the files a build produced: the next build trusts unchanged folder times only when it produces the same
/// set of files, so the hash must follow the set (not the order the pages were written in) and nothing else.
/// </summary>
public sealed class ProducedHashTests
{
    private static readonly string[] Files =
        ["index.html", "briefings/2025/a/index.html", "briefings/2025/b/index.html", "feeds/company/x.xml", "cards/é.png"];

    [Fact]
    public void TheSameFilesInAnyOrder_HashTheSame()
    {
        var expected = OutputFolder.HashProduced(Files);
        var random = new Random(7);
        for (var round = 0; round < 20; round++)
        {
            var shuffled = Files.ToArray();
            random.Shuffle(shuffled);
            Assert.Equal(expected, OutputFolder.HashProduced(shuffled));
        }
    }

    [Fact]
    public void AFileMoreOrLessOrRenamed_HashesDifferently()
    {
        var hash = OutputFolder.HashProduced(Files);
        Assert.NotEqual(hash, OutputFolder.HashProduced(Files[1..]));
        Assert.NotEqual(hash, OutputFolder.HashProduced([.. Files, "tags/new/index.html"]));
        Assert.NotEqual(hash, OutputFolder.HashProduced([.. Files[..^1], "cards/e.png"]));
        Assert.NotEqual(OutputFolder.HashProduced(["a", "bc"]), OutputFolder.HashProduced(["ab", "c"]));
        Assert.NotEqual(OutputFolder.HashProduced([]), OutputFolder.HashProduced([""]));
    }

    [Fact]
    public void ALongPath_IsHashedWhole()
    {
        var longPath = new string('x', 5000) + "/index.html";
        Assert.NotEqual(OutputFolder.HashProduced([longPath]), OutputFolder.HashProduced([longPath[1..]]));
    }

    [Fact]
    public void ManyFiles_HashedInParallelParts_HashAsTheirSum()
    {
        // Past the size that is split across threads: the parts' sums add up to the whole, in any order.
        var files = Enumerable.Range(0, 20_000).Select(i => $"briefings/{i % 7}/{i}/index.html").ToArray();
        var expected = files.Aggregate(UInt128.Zero, (sum, file) => unchecked(sum + OutputFolder.HashProduced([file])));
        Assert.Equal(expected, OutputFolder.HashProduced(files));
        Assert.Equal(expected, OutputFolder.HashProduced(files.Reverse()));
        Assert.NotEqual(expected, OutputFolder.HashProduced(files[1..]));
    }
}

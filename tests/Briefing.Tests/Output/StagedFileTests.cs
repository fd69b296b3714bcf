using Briefing.Output;

namespace Briefing.Tests.Output;

/// <summary>The stream a feed is written through (<see cref="OutputFolder.Create"/>): a pooled buffer, not a FileStream's own.</summary>
public sealed class StagedFileTests
{
    public static TheoryData<int[]> Chunks => new()
    {
        new[] { 1, 1, 1 },
        new[] { 65535, 1, 1 },              // filling the 64 KiB buffer to the byte, then past it
        new[] { 65536 },                    // exactly the buffer
        new[] { 10, 70000, 3 },             // a write larger than the buffer goes straight to the file, in order
        new[] { 40000, 40000, 40000, 200000, 7 },
        Enumerable.Range(1, 600).ToArray(), // many small writes across several flushes
    };

    [Theory]
    [MemberData(nameof(Chunks))]
    public void WritesOfAnySize_LeaveTheFileWithEveryByteInOrder(int[] chunks)
    {
        var root = Path.Combine(Path.GetTempPath(), "briefing-staged-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var random = new Random(chunks.Length);
            var expected = new List<byte>();
            var output = Path.Combine(root, "public");
            using (var staging = new OutputFolder(output))
            {
                using (var stream = staging.Create("/feeds/x.xml"))
                {
                    Assert.True(stream.CanWrite);
                    Assert.False(stream.CanSeek);
                    foreach (var size in chunks)
                    {
                        var bytes = new byte[size];
                        random.NextBytes(bytes);
                        expected.AddRange(bytes);
                        if (size == 1)
                        {
                            stream.WriteByte(bytes[0]);
                        }
                        else
                        {
                            stream.Write(bytes, 0, size);
                        }

                        Assert.Equal(expected.Count, stream.Position);
                    }
                }

                staging.Publish();
            }

            Assert.Equal(expected.ToArray(), File.ReadAllBytes(Path.Combine(output, "feeds", "x.xml")));
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    [Fact]
    public void AWriteAfterDisposal_Throws_AndDisposingTwiceReportsTheFileOnce()
    {
        var root = Path.Combine(Path.GetTempPath(), "briefing-staged-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var output = Path.Combine(root, "public");
            using (var staging = new OutputFolder(output))
            {
                var stream = staging.Create("/index.xml");
                stream.Write("<rss/>"u8);
                stream.Dispose();
                stream.Dispose();

                Assert.False(stream.CanWrite);
                Assert.Throws<ObjectDisposedException>(() => stream.Write("more"u8));
                staging.Publish();
                Assert.Equal(1, staging.Written);
            }

            Assert.Equal("<rss/>", File.ReadAllText(Path.Combine(output, "index.xml")));
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}

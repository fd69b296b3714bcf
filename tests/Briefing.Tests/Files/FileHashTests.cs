using System.IO.Hashing;
using Briefing.Files;

namespace Briefing.Tests.Files;

public sealed class FileHashTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "briefing-filehash-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => File.Delete(_file);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65_536)]
    [InlineData(200_001)]
    public void AFileHashedInChunks_HashesAsItsBytesAppendedWhole(int length)
    {
        // Given a file of some length (empty, one chunk exactly, several chunks and a rest)
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        File.WriteAllBytes(_file, bytes);

        // When it is appended to a hash in chunks, with and without its length first
        var chunked = new XxHash128();
        FileHash.Append(chunked, _file);
        var chunkedWithLength = new XxHash128();
        FileHash.Append(chunkedWithLength, _file, lengthFirst: true);

        // Then the hashes are those of the whole bytes (the theme fingerprint and the card layout's hash are unchanged)
        Assert.Equal(XxHash128.HashToUInt128(bytes), chunked.GetCurrentHashAsUInt128());
        Assert.Equal(XxHash128.HashToUInt128([.. BitConverter.GetBytes((long)length), .. bytes]), chunkedWithLength.GetCurrentHashAsUInt128());
    }
}

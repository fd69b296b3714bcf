using System.Buffers;
using System.IO.Hashing;

namespace Briefing.Files;

/// <summary>
/// A file's bytes appended to a running hash in 64 KiB reads: the same hash as <see cref="NonCryptographicHashAlgorithm.Append(Stream)"/>,
/// whose 4 KiB reads cost a system call each (the theme's 2 MB of card fonts are hashed twice per build: ~1,000 reads,
/// a few milliseconds of an empty site's start-up). The buffer is pooled and stays a small object.
/// </summary>
internal static class FileHash
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>Appends the bytes of <paramref name="path"/> to <paramref name="hash"/>, after its length (8 bytes, little-endian) when <paramref name="lengthFirst"/>.</summary>
    public static void Append(NonCryptographicHashAlgorithm hash, string path, bool lengthFirst = false)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        if (lengthFirst)
        {
            hash.Append(BitConverter.GetBytes(RandomAccess.GetLength(file)));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            long offset = 0;
            int read;
            while ((read = RandomAccess.Read(file, buffer.AsSpan(0, ChunkBytes), offset)) > 0)
            {
                hash.Append(buffer.AsSpan(0, read));
                offset += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

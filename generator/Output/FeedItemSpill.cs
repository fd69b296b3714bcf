using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Briefing.Output;

/// <summary>
/// The RSS items of a fresh build, kept in a file beside the output instead of the heap until the feeds copy them: an
/// item is built when its briefing's page is written and read back by each of the ~8 feeds that carry it, so a build
/// held every carried item's UTF-8 from its page to the feeds stage (~6.7 KB each: 64 MB at 10,000 briefings, ~320 MB at
/// 50,000; docs/performance.md, twelfth session). Thread-safe: each item gets its own range, written and read positionally.
/// The file is unlinked as soon as it is open (on Windows, removed when this is disposed): a killed build leaves no file.
/// </summary>
internal sealed class FeedItemSpill : IDisposable
{
    private readonly SafeFileHandle _file;
    private long _length;

    private FeedItemSpill(SafeFileHandle file) => _file = file;

    /// <summary>A new, empty spill file beside <paramref name="output"/> (<c>.public.feed-items-PID</c>, as the staging folder is named).</summary>
    public static FeedItemSpill Beside(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var path = Path.Combine(Path.GetDirectoryName(full) ?? full, $".{Path.GetFileName(full)}.feed-items-{Environment.ProcessId}");
        var file = File.OpenHandle(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(path); // unlinked at once: the open handle keeps it, and a killed build leaves nothing behind
        }

        return new FeedItemSpill(file);
    }

    /// <summary>Stores <paramref name="item"/>; the range it was written to.</summary>
    public (long Offset, int Length) Append(ReadOnlySpan<byte> item)
    {
        var offset = Interlocked.Add(ref _length, item.Length) - item.Length;
        RandomAccess.Write(_file, item, offset);
        return (offset, item.Length);
    }

    /// <summary>Copies the item stored at <paramref name="range"/> into <paramref name="stream"/>.</summary>
    public void CopyTo((long Offset, int Length) range, Stream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(range.Length);
        try
        {
            ReadInto(range.Offset, buffer.AsSpan(0, range.Length));
            stream.Write(buffer, 0, range.Length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The item stored at <paramref name="range"/>, as a new array.</summary>
    public byte[] Read((long Offset, int Length) range)
    {
        var item = new byte[range.Length];
        ReadInto(range.Offset, item);
        return item;
    }

    private void ReadInto(long offset, Span<byte> span)
    {
        for (var read = 0; read < span.Length;)
        {
            var n = RandomAccess.Read(_file, span[read..], offset + read);
            read += n > 0 ? n : throw new IOException("the build's feed item file ended early; build again");
        }
    }

    public void Dispose() => _file.Dispose();
}

using System.Collections.Concurrent;
using Briefing.Caching;
using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// What <c>serve</c> keeps in memory from one load to the next: every registry file as it was read (its entry and
/// diagnostics, by path, size and mtime) and the parsed briefings (the <see cref="ParseCache"/> of the last load,
/// without reading or writing <c>.briefing/cache/briefings.bin</c>). A saved briefing or registry file is read again
/// alone; everything else comes back as it was. One load at a time.
/// </summary>
public sealed class LoadMemory : IRegistryFiles
{
    private readonly ConcurrentDictionary<string, Remembered> _files = new(StringComparer.Ordinal);

    /// <summary>The parsed briefings of the last load, or null before the first.</summary>
    internal ParseCache? Articles { get; set; }

    /// <summary>Registry files read again since this memory was made (tests: a briefing edit reads none).</summary>
    public int RegistryReads { get; private set; }

    /// <inheritdoc />
    T? IRegistryFiles.File<T>(string path, FileStamp stamp, long maxBytes, DiagnosticBag bag, Func<DiagnosticBag, T?> read)
        where T : class
    {
        if (stamp.Mtime != 0 && _files.TryGetValue(path, out var known) && known.Stamp == stamp && known.MaxBytes == maxBytes)
        {
            bag.AddRange(known.Diagnostics);
            return (T?)known.Item;
        }

        var own = new DiagnosticBag();
        var item = read(own);
        _files[path] = new Remembered(stamp, maxBytes, item, own.Items.ToArray());
        bag.AddRange(own.Items);
        lock (_files)
        {
            RegistryReads++;
        }

        return item;
    }

    /// <summary>Writes the parsed briefings to the build cache (once serve stops: the next <c>build</c> starts from them).</summary>
    public void Save() => Articles?.Save();

    private sealed record Remembered(FileStamp Stamp, long MaxBytes, object? Item, IReadOnlyList<Diagnostic> Diagnostics);
}

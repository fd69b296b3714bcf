using System.Collections.Concurrent;
using Briefing.Caching;
using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// The company, person and author files as last read, in <c>.briefing/cache/registries.bin</c>: a file that still has
/// the size and mtime it had then (and the same size limit) gives back its entry and diagnostics without being read or
/// YAML-parsed again, as <see cref="LoadMemory"/> does in serve's memory. At 10,000 briefings that is 3,733 small YAML
/// files, a quarter of a second of every rebuild. Only entries that depend on their file alone are kept: none with a
/// <c>logo</c> or <c>photo</c> (whether the image exists is another file's business) and none with an error. A cache
/// written by another generator build, or unreadable, is ignored and rewritten.
/// </summary>
internal sealed partial class RegistryCache : IRegistryFiles
{
    private const string Magic = "briefing-registry-cache-1";

    private readonly string? _file;
    private readonly ContentPaths _paths;
    private readonly Dictionary<string, Entry> _previous;
    private readonly ConcurrentDictionary<string, Entry> _current = new(StringComparer.Ordinal);
    private int _reads;
    private int _changes;

    private RegistryCache(string? file, ContentPaths paths, Dictionary<string, Entry> previous)
    {
        _file = file;
        _paths = paths;
        _previous = previous;
    }

    /// <summary>Files read again this load (tests: an unchanged registry reads none).</summary>
    public int Reads => _reads;

    /// <summary>Reads the cache of <paramref name="folder"/> for the site of <paramref name="paths"/>; an empty one when there is none or it cannot be used.</summary>
    public static RegistryCache Open(string folder, ContentPaths paths)
    {
        var file = Path.Combine(folder, "registries.bin");
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        using var reader = BuildStamp.OpenCache(file, Magic);
        if (reader is not null)
        {
            try
            {
                for (var count = BuildStamp.ReadCount(reader); count > 0; count--)
                {
                    var entry = ReadEntry(reader);
                    entries[entry.Path] = entry;
                }
            }
            catch (Exception ex) when (BuildStamp.IsCorrupt(ex))
            {
                entries.Clear();
            }
        }

        return new RegistryCache(file, paths, entries);
    }

    T? IRegistryFiles.File<T>(string path, FileStamp stamp, long maxBytes, DiagnosticBag bag, Func<DiagnosticBag, T?> read)
        where T : class
    {
        var relative = _paths.Relative(path);
        if (stamp.Mtime != 0 && _previous.TryGetValue(relative, out var known) && known.Stamp == stamp && known.MaxBytes == maxBytes
            && known.Item is T item)
        {
            _current[relative] = known;
            bag.AddRange(known.Diagnostics);
            return item;
        }

        var own = new DiagnosticBag();
        var fresh = read(own);
        Interlocked.Increment(ref _reads);
        if (stamp.Mtime != 0 && Keeps(fresh, own.Items))
        {
            _current[relative] = new Entry(relative, stamp, maxBytes, fresh!, own.Items.ToArray());
            Interlocked.Increment(ref _changes);
        }

        bag.AddRange(own.Items);
        return fresh;
    }

    /// <summary>Writes the entries of this load's files (dropping the others) when an entry is new or one is gone.</summary>
    public void Save()
    {
        if (_file is null || (_changes == 0 && _current.Count == _previous.Count))
        {
            return;
        }

        try
        {
            BuildStamp.WriteAtomically(_file, stream =>
            {
                using var writer = BuildStamp.CreateCache(stream, Magic);
                var entries = _current.Values.OrderBy(e => e.Path, StringComparer.Ordinal).ToArray();
                writer.Write(entries.Length);
                foreach (var entry in entries)
                {
                    WriteEntry(writer, entry);
                }
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs the next build time, never correctness.
        }
    }

    /// <summary>Whether an entry depends on its file alone: read without error, and showing no image (which must still exist).</summary>
    private static bool Keeps(object? item, IReadOnlyList<Diagnostic> diagnostics) =>
        item is CompanyEntry { Company.Logo: null } or Person { Photo: null } or Author
        && !diagnostics.Any(d => d.IsError);

    private sealed record Entry(string Path, FileStamp Stamp, long MaxBytes, object Item, IReadOnlyList<Diagnostic> Diagnostics);
}

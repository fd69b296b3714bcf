using System.Collections.Concurrent;
using Briefing.Caching;
using Briefing.Model;

namespace Briefing.Output;

/// <summary>
/// For each file of the previous build into this output folder: the two keys it was rendered from (the build's,
/// <see cref="BuildFingerprint"/>, and what it shows, <see cref="ContentKeys"/>) and the size and mtime it was published
/// with. A page either of whose keys is unchanged, and whose published file still has that size and mtime, is not
/// rendered again: its file is kept as it is. The first key is cheap (no view is built) and settles most rebuilds; the
/// second keeps the pages an edit of a registry entry or of front matter does not reach.
/// Stored in <c>.briefing/cache/pages-&lt;hash of the output path&gt;.bin</c>, written after a successful publish
/// only; a cache from another generator build, for another folder, or unreadable, is ignored.
/// </summary>
internal sealed class RenderCache
{
    private const string Magic = "briefing-render-cache-4";
    private readonly string? _file;
    private readonly string _output;
    private readonly Dictionary<string, Entry> _previous;
    private readonly ConcurrentDictionary<string, (UInt128 Key, UInt128 Content)> _rendered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry> _kept = new(StringComparer.Ordinal);

    /// <summary>The previous entries' routes in the file's order (sorted), or empty.</summary>
    private readonly string[] _previousOrder;

    private RenderCache(string? file, string output, Dictionary<string, Entry> previous, OutputFolder.FolderSnapshot? folders = null, string[]? previousOrder = null)
    {
        _file = file;
        _output = output;
        _previous = previous;
        PreviousFolders = folders;
        _previousOrder = previousOrder ?? [];
    }

    /// <summary>What the check of the site snapshot found: a published file that held there needs no <c>stat</c> (null: stat each).</summary>
    public SnapshotCheck? Known { get; init; }

    /// <summary>The output's folders as the build that wrote this cache published them, or null.</summary>
    public OutputFolder.FolderSnapshot? PreviousFolders { get; }

    private readonly record struct Entry(UInt128 Key, UInt128 Content, FileStamp Stamp);

    /// <summary>
    /// The cache of builds into <paramref name="output"/>, written to <paramref name="folder"/> (null: no cache). Its
    /// entries are read only when <paramref name="usePrevious"/> (the output folder exists) and the cache is usable.
    /// </summary>
    public static RenderCache Open(string? folder, string output, bool usePrevious, SnapshotCheck? known = null)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        if (folder is null)
        {
            return new RenderCache(null, output, entries);
        }

        var id = System.IO.Hashing.XxHash64.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(output));
        var file = Path.Combine(folder, $"pages-{id:x16}.bin");
        using var reader = usePrevious ? BuildStamp.OpenCache(file, Magic) : null;
        OutputFolder.FolderSnapshot? folders = null;
        string[]? order = null;
        if (reader is not null)
        {
            try
            {
                if (reader.ReadString() == output)
                {
                    var count = BuildStamp.ReadCount(reader);
                    entries.EnsureCapacity(count);
                    order = new string[count];
                    for (var i = 0; i < count; i++)
                    {
                        var route = order[i] = reader.ReadString();
                        entries[route] = new Entry(BuildStamp.ReadHash(reader), BuildStamp.ReadHash(reader), FileStamp.Read(reader));
                    }

                    var produced = BuildStamp.ReadHash(reader);
                    var folderCount = BuildStamp.ReadCount(reader);
                    var mtimes = new Dictionary<string, long>(folderCount, StringComparer.Ordinal);
                    for (var i = 0; i < folderCount; i++)
                    {
                        mtimes[reader.ReadString()] = reader.ReadInt64();
                    }

                    folders = new OutputFolder.FolderSnapshot(produced, mtimes);
                }
            }
            catch (Exception ex) when (BuildStamp.IsCorrupt(ex))
            {
                entries.Clear();
                folders = null;
                order = null;
            }
        }

        // The file's routes in its order, when they are ordinal-sorted and distinct, as Save writes them (a file written
        // otherwise only costs Save its sort).
        if (order is not null && (order.Length != entries.Count || !IsSorted(order)))
        {
            order = null;
        }

        return new RenderCache(file, output, entries, folders, order) { Known = known };
    }

    /// <summary>
    /// Whether the published file of <paramref name="route"/> was rendered from <paramref name="key"/> and is still
    /// as it was published (then the build keeps it).
    /// </summary>
    public bool IsCurrent(string route, UInt128 key)
    {
        if (!_previous.TryGetValue(route, out var entry) || entry.Key != key)
        {
            return false;
        }

        return IsPublished(route, entry.Stamp);
    }

    /// <summary>Whether the published file of <paramref name="route"/> still has <paramref name="stamp"/>.</summary>
    private bool IsPublished(string route, FileStamp stamp)
    {
        if (stamp == default)
        {
            return false;
        }

        // Asked for every page a rebuild keeps (~19,000 at 10,000 briefings): the snapshot is asked with the path on the stack.
        Span<char> buffer = stackalloc char[OutputPath.MaxStackLength];
        if (Known is { } known && OutputPath.TryWrite(_output, route, buffer, out var length) && known.IsFile(buffer[..length], stamp.Length, stamp.Mtime))
        {
            return true;
        }

        var file = OutputPath.Of(_output, route);
        return Known?.IsFile(file, stamp.Length, stamp.Mtime) == true || stamp.Matches(file);
    }

    /// <summary>Whether the previous build published a file for <paramref name="route"/> with a content key.</summary>
    public bool HasContentKey(string route) => _previous.TryGetValue(route, out var entry) && entry.Content != UInt128.Zero;

    /// <summary>
    /// Whether the published file of <paramref name="route"/> shows what content key <paramref name="content"/> stands
    /// for and is still as it was published; if so it is kept, and recorded with this build's <paramref name="key"/>.
    /// </summary>
    public bool KeepIfSameContent(string route, UInt128 key, UInt128 content)
    {
        if (content == UInt128.Zero || !_previous.TryGetValue(route, out var entry) || entry.Content != content
            || !IsPublished(route, entry.Stamp))
        {
            return false;
        }

        _kept[route] = entry with { Key = key };
        return true;
    }

    /// <summary>Notes that <paramref name="route"/> was rendered from <paramref name="key"/> and <paramref name="content"/> this build.</summary>
    public void Rendered(string route, UInt128 key, UInt128 content) => _rendered[route] = (key, content);

    /// <summary>
    /// After a successful publish: records every file of <paramref name="routes"/> (all the files this build keyed),
    /// those it rendered with their size and mtime now, those it kept as they were, and the output's
    /// <paramref name="folders"/> (asked for only when the cache is written).
    /// </summary>
    /// <param name="stamps">The size and time of the files the build wrote, as it wrote them (null: each file is stat'ed).</param>
    public void Save(IReadOnlyCollection<string> routes, Func<OutputFolder.FolderSnapshot> folders, WrittenStamps? stamps = null)
    {
        if (_file is null || (_rendered.IsEmpty && _kept.IsEmpty && routes.Count == _previous.Count))
        {
            return;
        }

        var rendered = _rendered.ToArray();
        var stamped = new Entry?[rendered.Length];
        Parallel.For(0, rendered.Length, i =>
        {
            var file = Routes.OutputFile(rendered[i].Key);
            var stamp = stamps?.OfRelative(file) ?? FileStamp.Of(Path.Combine(_output, file));
            stamped[i] = stamp == default ? null : new Entry(rendered[i].Value.Key, rendered[i].Value.Content, stamp);
        });
        var entries = SameRoutes(routes) && rendered.All(r => _previous.ContainsKey(r.Key)) ? InPreviousOrder(rendered, stamped) : Sorted(routes, rendered, stamped);
        var snapshot = folders();
        try
        {
            BuildStamp.WriteAtomically(_file, stream =>
            {
                using var writer = BuildStamp.CreateCache(stream, Magic);
                writer.Write(_output);
                writer.Write(entries.Count);
                foreach (var (route, entry) in entries)
                {
                    writer.Write(route);
                    BuildStamp.WriteHash(writer, entry.Key);
                    BuildStamp.WriteHash(writer, entry.Content);
                    entry.Stamp.Write(writer);
                }

                BuildStamp.WriteHash(writer, snapshot.ProducedHash);
                writer.Write(snapshot.FolderMtimes.Count);
                // In the snapshot's own order: the reader makes a dictionary of them (no sort of ~19,000 folder names).
                foreach (var (folder, mtime) in snapshot.FolderMtimes)
                {
                    writer.Write(folder);
                    writer.Write(mtime);
                }
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next build renders more than it needed to; its output is the same.
        }
    }

    /// <summary>
    /// Whether <paramref name="routes"/> are the previous build's routes, as in most rebuilds. They are distinct: each
    /// names a file this build writes, and two writers of one file fail the build first.
    /// </summary>
    private bool SameRoutes(IReadOnlyCollection<string> routes) =>
        _previousOrder.Length > 0 && routes.Count == _previousOrder.Length && routes.All(_previous.ContainsKey);

    /// <summary>The entries in the previous file's (sorted) order: no sort of ~41,000 routes at 10,000 briefings.</summary>
    private List<(string Route, Entry Entry)> InPreviousOrder(KeyValuePair<string, (UInt128 Key, UInt128 Content)>[] rendered, Entry?[] stamped)
    {
        var now = new Dictionary<string, Entry?>(rendered.Length, StringComparer.Ordinal);
        for (var i = 0; i < rendered.Length; i++)
        {
            now[rendered[i].Key] = stamped[i];
        }

        var entries = new List<(string Route, Entry Entry)>(_previousOrder.Length);
        foreach (var route in _previousOrder)
        {
            if (now.TryGetValue(route, out var renderedNow))
            {
                if (renderedNow is { } entry)
                {
                    entries.Add((route, entry));
                }
            }
            else if (_kept.TryGetValue(route, out var rekeyed) || _previous.TryGetValue(route, out rekeyed))
            {
                entries.Add((route, rekeyed));
            }
        }

        return entries;
    }

    private List<(string Route, Entry Entry)> Sorted(IReadOnlyCollection<string> routes, KeyValuePair<string, (UInt128 Key, UInt128 Content)>[] rendered, Entry?[] stamped)
    {
        var entries = new List<(string Route, Entry Entry)>(routes.Count);
        foreach (var route in routes)
        {
            if (_rendered.ContainsKey(route))
            {
                continue;
            }

            if (_kept.TryGetValue(route, out var rekeyed) || _previous.TryGetValue(route, out rekeyed))
            {
                entries.Add((route, rekeyed));
            }
        }

        for (var i = 0; i < rendered.Length; i++)
        {
            if (stamped[i] is { } entry)
            {
                entries.Add((rendered[i].Key, entry));
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Route, b.Route));
        return entries;
    }

    private static bool IsSorted(string[] routes)
    {
        for (var i = 1; i < routes.Length; i++)
        {
            if (string.CompareOrdinal(routes[i - 1], routes[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}

using System.Collections.Concurrent;

namespace Briefing.Caching;

/// <summary>
/// What a build knows of an output it published whole (the staging folder renamed into place, which keeps every file's
/// time): the files it produced, the size and modification time of those it stamped as it wrote them (one <c>fstat</c>
/// of the open file, no path to walk), and the time of each folder as publishing left it. The render cache and the site
/// snapshot read these instead of listing the output and stat'ing each of its entries, ~55,000 at 10,000 briefings, at
/// the very end of the build (<see cref="SiteSnapshot.List"/>). A file the build produced but did not stamp (a feed, a
/// linked image) is stat'ed as before. A stamp that went stale (someone rewrote the file since) only makes the next build
/// find a difference and build: never an answer that the output held when it did not.
/// </summary>
public sealed class WrittenStamps
{
    private readonly ConcurrentDictionary<string, FileStamp>.AlternateLookup<ReadOnlySpan<char>> _byRelative;
    private readonly ICollection<string> _produced;
    private readonly Lazy<IReadOnlyDictionary<string, long>> _folders;

    /// <param name="output">The output folder (full path, no trailing separator).</param>
    /// <param name="produced">Every file the build produced, relative to <paramref name="output"/>, '/'-separated.</param>
    /// <param name="byRelative">Stamps by path relative to <paramref name="output"/>.</param>
    /// <param name="folders">The time of every folder holding a produced file (relative; the output itself is ""), asked for once.</param>
    public WrittenStamps(string output, ICollection<string> produced, ConcurrentDictionary<string, FileStamp> byRelative, Func<IReadOnlyDictionary<string, long>> folders)
    {
        Output = output;
        _produced = produced;
        _byRelative = byRelative.GetAlternateLookup<ReadOnlySpan<char>>();
        _folders = new Lazy<IReadOnlyDictionary<string, long>>(folders, LazyThreadSafetyMode.ExecutionAndPublication);
        Count = byRelative.Count;
    }

    /// <summary>The output folder the stamps are under.</summary>
    public string Output { get; }

    /// <summary>How many files are stamped.</summary>
    public int Count { get; }

    /// <summary>The stamp of the output file <paramref name="relative"/> ('/'-separated), or null.</summary>
    public FileStamp? OfRelative(ReadOnlySpan<char> relative) => _byRelative.TryGetValue(relative, out var stamp) ? stamp : null;

    /// <summary>
    /// The output's entries below its root, as listing it would find them, from what the build produced: each folder's
    /// time as publishing left it, each file's stamp (or an <c>lstat</c> when it has none). A top-level entry the build
    /// did not produce (the search index, written after publishing) is listed as usual, by <paramref name="list"/>.
    /// False when a symbolic link was found there.
    /// </summary>
    internal bool Entries(List<SiteSnapshot.Entry> into, Func<string, List<SiteSnapshot.Entry>, bool> list)
    {
        var folders = _folders.Value;
        foreach (var (folder, mtime) in folders)
        {
            if (folder.Length > 0)
            {
                into.Add(new SiteSnapshot.Entry(Combine(folder), -1, mtime));
            }
        }

        var files = _produced.ToArray();
        var entries = new SiteSnapshot.Entry?[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var path = Combine(files[i]);
            var stamp = OfRelative(files[i]) ?? FileStamp.Of(path);
            entries[i] = stamp == default ? null : new SiteSnapshot.Entry(path, stamp.Length, stamp.Mtime);
        });
        foreach (var entry in entries)
        {
            if (entry is { } known)
            {
                into.Add(known);
            }
        }

        // The top level as it is now: what the build did not produce there is listed whole.
        var topFiles = new HashSet<string>(files.Where(f => !f.Contains('/', StringComparison.Ordinal)), StringComparer.Ordinal);
        var top = SiteSnapshot.Children(Output, out var links);
        if (links)
        {
            return false;
        }

        foreach (var entry in top)
        {
            var name = entry.Path[(Output.Length + 1)..];
            if (entry.Length == -1 ? folders.ContainsKey(name) : topFiles.Contains(name))
            {
                continue;
            }

            into.Add(entry);
            if (entry.Length == -1 && !list(entry.Path, into))
            {
                return false;
            }
        }

        return true;
    }

    private string Combine(string relative) => string.Concat(Output, "/", relative);
}

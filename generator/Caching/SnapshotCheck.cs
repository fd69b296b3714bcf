namespace Briefing.Caching;

/// <summary>
/// What a complete check of the last build's <see cref="SiteSnapshot"/> found: which of its files and folders still
/// have the size and time it recorded. A build that follows asks it instead of a <c>stat</c> of its own (for the
/// output files it keeps; valid for what the build has not changed itself), and afterwards saves the next snapshot
/// from this one: only the entries that differed and the folders the build wrote into are listed again
/// (<see cref="Refresh"/>), not the ~70,000 files and folders of a 10,000-briefing site.
/// </summary>
public sealed partial class SnapshotCheck
{
    private readonly bool[] _held;
    private readonly Lazy<Dictionary<string, int>> _index;

    /// <summary>The entries <see cref="_rest"/> answers (null: none): reading one waits for it.</summary>
    private readonly bool[]? _pending;

    /// <summary>The check of the <see cref="_pending"/> entries, on a thread of its own (null: none left).</summary>
    private readonly Task? _rest;

    public SnapshotCheck(SiteSnapshot snapshot, bool[] held)
        : this(snapshot, held, null, null, Array.TrueForAll(held, h => h))
    {
    }

    /// <param name="pending">Entries whose answer <paramref name="rest"/> writes into <paramref name="held"/>: reading one waits for it.</param>
    internal SnapshotCheck(SiteSnapshot snapshot, bool[] held, bool[]? pending, Task? rest, bool allHold)
    {
        Snapshot = snapshot;
        _held = held;
        _pending = pending;
        _rest = rest;
        AllHold = allHold;
        _index = new Lazy<Dictionary<string, int>>(() =>
        {
            var index = new Dictionary<string, int>(snapshot.Entries.Count, StringComparer.Ordinal);
            for (var i = 0; i < snapshot.Entries.Count; i++)
            {
                index[snapshot.Entries[i].Path] = i;
            }

            return index;
        });
    }

    /// <summary>
    /// Waits until every entry is answered (the output's, checked on a thread of their own while the content loads:
    /// <see cref="SiteSnapshot.CheckContentFirst"/>). Every question waits for the entries it reads; a build calls this
    /// before it writes into the output, so that no answer describes a file it wrote.
    /// </summary>
    public void Complete()
    {
        if (_rest is { IsCompleted: false })
        {
            Help?.Invoke();
        }

        _rest?.GetAwaiter().GetResult();
    }

    /// <summary>Checks the entries <see cref="_rest"/> has not taken yet, on the calling thread (null: nothing to help with).</summary>
    internal Action? Help { get; init; }

    /// <summary>Whether entry <paramref name="i"/> held, once it is answered.</summary>
    private bool HeldAt(int i)
    {
        if (_pending is not null && _pending[i])
        {
            Complete();
        }

        return _held[i];
    }

    /// <summary>How long the check took before it answered (the snapshot's load included, when the caller sets it).</summary>
    public TimeSpan Took { get; set; }

    /// <summary>How long the check of the output's entries took on its own thread (zero: they were checked before it answered).</summary>
    public TimeSpan RestTook => _rest is Task<TimeSpan> { IsCompletedSuccessfully: true } rest ? rest.Result : TimeSpan.Zero;

    /// <summary>The snapshot that was checked.</summary>
    public SiteSnapshot Snapshot { get; }

    /// <summary>Whether every file and folder is as the snapshot recorded it (nothing changed since the last build).</summary>
    public bool AllHold { get; }

    /// <summary>The entries (as recorded) that no longer had their size and time, or were gone.</summary>
    public IEnumerable<SiteSnapshot.Entry> Changed => Snapshot.Entries.Where((_, i) => !HeldAt(i));

    /// <summary>
    /// Whether at most <paramref name="count"/> entries differed, each of them <paramref name="folder"/> or inside it
    /// (a full path): a few briefings edited, added or removed, and nothing else — a build that renders little.
    /// Entries not answered yet (the output's, while the content loads) count as held: this only sizes the build's
    /// no-GC region, and must not wait for them.
    /// </summary>
    public bool OnlyChangedUnder(string folder, int count)
    {
        var under = Path.TrimEndingDirectorySeparator(folder);
        var changed = 0;
        for (var i = 0; i < _held.Length; i++)
        {
            if ((_pending is not null && _pending[i] && !_rest!.IsCompleted) || _held[i])
            {
                continue;
            }

            var path = Snapshot.Entries[i].Path;
            if (++changed > count || !(path == under || (path.StartsWith(under, StringComparison.Ordinal) && path.Length > under.Length
                    && path[under.Length] == Path.DirectorySeparatorChar)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="path"/> was, when checked, a file of <paramref name="length"/> bytes last written at
    /// <paramref name="mtime"/> (UTC ticks). False also when the snapshot does not know the path: ask the file system then.
    /// </summary>
    public bool IsFile(string path, long length, long mtime) =>
        Held(path) is { } entry && entry.Length >= 0 && entry.Length == length && entry.Mtime == mtime;

    /// <summary>Whether <paramref name="path"/> was, when checked, a file (false: not known, ask the file system).</summary>
    public bool IsFile(string path) => Held(path) is { Length: >= 0 };

    /// <inheritdoc cref="IsFile(string)"/>
    public bool IsFile(ReadOnlySpan<char> path) => IsFile(path, out _, out _);

    /// <inheritdoc cref="IsFile(string, long, long)"/>
    public bool IsFile(ReadOnlySpan<char> path, long length, long mtime) =>
        IsFile(path, out var heldLength, out var heldMtime) && heldLength == length && heldMtime == mtime;

    /// <summary>Whether <paramref name="path"/> was, when checked, a file, with the size and time it had then.</summary>
    private bool IsFile(ReadOnlySpan<char> path, out long length, out long mtime)
    {
        if (_index.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(path, out var i) && HeldAt(i) && Snapshot.Entries[i] is { Length: >= 0 } entry)
        {
            (length, mtime) = (entry.Length, entry.Mtime);
            return true;
        }

        (length, mtime) = (0, 0);
        return false;
    }

    /// <summary>The modification time of the folder <paramref name="path"/> when checked, or null when not known.</summary>
    public long? FolderMtime(string path) => Held(path) is { Length: -1 } entry ? entry.Mtime : null;

    private SiteSnapshot.Entry? Held(string path) =>
        _index.Value.TryGetValue(path, out var i) && HeldAt(i) ? Snapshot.Entries[i] : null;

    private SiteSnapshot.Entry? Recorded(string path) => _index.Value.TryGetValue(path, out var i) ? Snapshot.Entries[i] : null;
}

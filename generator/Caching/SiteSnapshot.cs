using System.IO.Enumeration;
using System.IO.Hashing;
using System.Text;
using Briefing.Model;

namespace Briefing.Caching;

/// <summary>
/// What the last successful build left, so that a build over unchanged files answers at once instead of loading
/// 10,000 briefings to find nothing to write: the build's settings and generator (<see cref="Settings"/>, a hash),
/// and the size and modification time of every file and folder under <c>content/</c>, <c>themes/</c> and the output
/// (<see cref="Entries"/>; a folder's time changes when an entry is added, removed or renamed in it, so checking the
/// known names finds new ones too). The build also depends on the clock (scheduled briefings, the digest's running
/// week): the snapshot holds until the next such change (<see cref="ValidUntil"/>). The diagnostics are kept, so the
/// answer prints the same warnings. A symbolic link in those trees means no snapshot (its target's changes would not show).
/// </summary>
public sealed partial record SiteSnapshot(UInt128 Settings, DateTimeOffset ValidUntil, int Pages, int Files, IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<SiteSnapshot.Entry> Entries)
{
    private const string Magic = "briefing-site-snapshot-3";

    /// <summary>A file (its size) or folder (<see cref="Length"/> -1) and its modification time in UTC ticks.</summary>
    public readonly record struct Entry(string Path, long Length, long Mtime);

    /// <summary>The hash of the build's settings and the generator.</summary>
    public static UInt128 SettingsOf(string settings) => XxHash128.HashToUInt128(Encoding.UTF8.GetBytes($"{BuildStamp.Value}\n{settings}"));

    /// <summary>Every file and folder under <paramref name="roots"/> (the roots included), or null when one is a symbolic link.</summary>
    /// <remarks>Each entry costs an <c>lstat</c> (its size and time): folders with many subfolders (an output's
    /// <c>briefings/2025/</c> holds one per briefing) are listed in parallel, each folder's entries before its subfolders'.</remarks>
    /// <param name="stamps">What the build knows of the output it published whole: that root's entries are taken from there (<see cref="WrittenStamps.Entries"/>), not listed.</param>
    public static IReadOnlyList<Entry>? List(IEnumerable<string> roots, WrittenStamps? stamps = null)
    {
        var entries = new List<Entry>();
        foreach (var root in roots)
        {
            var info = new DirectoryInfo(root);
            if (!info.Exists)
            {
                entries.Add(new Entry(root, -2, 0)); // absent, and must stay so
                continue;
            }

            entries.Add(new Entry(root, -1, info.LastWriteTimeUtc.Ticks));
            var links = 0;
            if (stamps is not null && root == stamps.Output)
            {
                // The output this build published whole: its entries from what the build knows of it.
                if (!stamps.Entries(entries, (folder, into) =>
                    {
                        var nested = 0;
                        ListFolder(folder, into, ref nested);
                        return nested == 0;
                    }))
                {
                    return null;
                }

                continue;
            }

            ListFolder(root, entries, ref links);
            if (links > 0)
            {
                return null;
            }
        }

        return entries;
    }

    /// <summary>The entries directly in <paramref name="folder"/>; <paramref name="links"/> when one is a symbolic link.</summary>
    internal static Entry[] Children(string folder, out bool links)
    {
        var found = false;
        var entries = new FileSystemEnumerable<Entry>(folder, (ref FileSystemEntry e) =>
            {
                found |= (e.Attributes & FileAttributes.ReparsePoint) != 0;
                return new Entry(e.ToFullPath(), e.IsDirectory ? -1 : e.Length, e.LastWriteTimeUtc.UtcTicks);
            },
            new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false }).ToArray();
        links = found;
        return entries;
    }

    internal static void ListFolder(string folder, List<Entry> into, ref int links)
    {
        var entries = Children(folder, out var found);
        if (found)
        {
            links++;
            return; // no snapshot: never follow the link
        }

        into.AddRange(entries);
        var folders = entries.Where(e => e.Length == -1).Select(e => e.Path).ToArray();
        if (folders.Length <= 16)
        {
            foreach (var sub in folders)
            {
                ListFolder(sub, into, ref links);
            }

            return;
        }

        var lists = new List<Entry>[folders.Length];
        var nested = 0;
        Parallel.For(0, folders.Length, i =>
        {
            var own = 0;
            ListFolder(folders[i], lists[i] = [], ref own);
            Interlocked.Add(ref nested, own);
        });
        links += nested;
        foreach (var list in lists)
        {
            into.AddRange(list);
        }
    }

    /// <summary>
    /// Checks every entry (in parallel, to the end: a build that follows learns from it which files and folders are as
    /// this snapshot recorded them, without a <c>stat</c> of its own, and what to list again afterwards).
    /// </summary>
    public SnapshotCheck Check()
    {
        var held = new bool[Entries.Count];
        Parallel.For(0, held.Length, i => held[i] = Matches(Entries[i]));
        return new SnapshotCheck(this, held);
    }

    /// <summary>
    /// Like <see cref="Check()"/>, but when an entry outside <paramref name="later"/> (the output folder: a full path)
    /// differs — a content or theme edit, so the build cannot be replayed and will load the site — the entries in
    /// <paramref name="later"/> (most of them: an output holds ~56,000 of a 10,000-briefing site's ~70,000) are checked
    /// on a thread of their own, while the content loads on the others; a thread that asks about one of them before that
    /// thread is done checks the rest with it, then waits for it.
    /// When everything else holds they are checked at once, as <see cref="Check()"/> does: the answer may be a replay.
    /// </summary>
    public SnapshotCheck CheckContentFirst(string later)
    {
        later = System.IO.Path.TrimEndingDirectorySeparator(later);
        var held = new bool[Entries.Count];
        var pending = new bool[Entries.Count];
        var first = new List<int>(Entries.Count);
        var rest = new List<int>(Entries.Count);
        for (var i = 0; i < held.Length; i++)
        {
            var path = Entries[i].Path;
            var inside = path.StartsWith(later, StringComparison.Ordinal)
                && (path.Length == later.Length || path[later.Length] == System.IO.Path.DirectorySeparatorChar);
            (inside ? rest : first).Add(i);
            pending[i] = inside;
        }

        CheckEach(first, held);
        if (first.TrueForAll(i => held[i]))
        {
            CheckEach(rest, held);
            return new SnapshotCheck(this, held);
        }

        // The thread takes the entries one by one; a thread that needs the answers before it is done takes the rest with it.
        var next = -1;
        void Take()
        {
            for (var k = Interlocked.Increment(ref next); k < rest.Count; k = Interlocked.Increment(ref next))
            {
                held[rest[k]] = MatchesOrNot(Entries[rest[k]]);
            }
        }

        var checking = Task.Factory.StartNew(() =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            Take();
            return System.Diagnostics.Stopwatch.GetElapsedTime(started);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return new SnapshotCheck(this, held, pending, checking, allHold: false) { Help = Take };
    }

    /// <summary>
    /// Whether every entry is one of <paramref name="roots"/> (full paths) or inside one, named as a listing names it
    /// (no <c>.</c> or <c>..</c> segment, no NUL): the snapshot is read from <c>.briefing/</c>, and a build must not
    /// look outside the site's folders because of what a damaged or hostile one says.
    /// </summary>
    public bool Within(IReadOnlyList<string> roots)
    {
        foreach (var entry in Entries)
        {
            var path = entry.Path;
            if (path.Contains('\0') || HasDotSegment(path) || !UnderOne(path, roots))
            {
                return false;
            }
        }

        return true;

        static bool UnderOne(string path, IReadOnlyList<string> roots)
        {
            for (var r = 0; r < roots.Count; r++)
            {
                var root = roots[r];
                if (path.StartsWith(root, StringComparison.Ordinal) && (path.Length == root.Length || path[root.Length] == System.IO.Path.DirectorySeparatorChar))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static readonly string DotAfterSeparator = $"{System.IO.Path.DirectorySeparatorChar}.";

    /// <summary>Whether <paramref name="path"/> has a <c>.</c> or <c>..</c> segment (a name that starts with a dot is fine).</summary>
    private static bool HasDotSegment(string path)
    {
        var separator = System.IO.Path.DirectorySeparatorChar;
        for (var at = path.IndexOf(DotAfterSeparator, StringComparison.Ordinal); at >= 0; at = path.IndexOf(DotAfterSeparator, at + 1, StringComparison.Ordinal))
        {
            var next = at + 2;
            if (next == path.Length || path[next] == separator || (path[next] == '.' && (next + 1 == path.Length || path[next + 1] == separator)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Checks the entries at <paramref name="indexes"/> in parallel.</summary>
    private void CheckEach(List<int> indexes, bool[] held) => Parallel.For(0, indexes.Count, k => held[indexes[k]] = MatchesOrNot(Entries[indexes[k]]));

    /// <summary><see cref="Matches"/>, with a path the platform refuses as differing (the entry is then listed again or the snapshot dropped).</summary>
    private static bool MatchesOrNot(Entry entry)
    {
        try
        {
            return Matches(entry);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    /// <remarks>
    /// One <c>statx</c> per entry where the platform has it (<see cref="Briefing.Files.PathStat"/>: no allocation; a symbolic link
    /// never holds), else one <c>lstat</c>, and no attribute look-up (on Linux each costs a <c>geteuid</c>): an entry replaced by
    /// a symbolic link since has the link's own time, a new one, and its folder's time moved, so it differs anyway;
    /// listing that folder again (<see cref="SnapshotCheck.Refresh"/>) finds the link and saves no snapshot.
    /// </remarks>
    private static bool Matches(Entry entry)
    {
        if (entry.Length == -2)
        {
            return !Directory.Exists(entry.Path) && !File.Exists(entry.Path);
        }

        if (Briefing.Files.PathStat.TryGet(entry.Path, out var kind, out var length, out var mtime))
        {
            return mtime == entry.Mtime && (entry.Length == -1 ? kind == Briefing.Files.PathStat.Kind.Folder : kind == Briefing.Files.PathStat.Kind.File && length == entry.Length);
        }

        if (entry.Length == -1)
        {
            var folder = new DirectoryInfo(entry.Path);
            return folder.Exists && folder.LastWriteTimeUtc.Ticks == entry.Mtime;
        }

        var file = new FileInfo(entry.Path);
        return file.Exists && file.Length == entry.Length && file.LastWriteTimeUtc.Ticks == entry.Mtime;
    }

    /// <summary>The snapshot the last build saved in <paramref name="cacheFolder"/>, or null.</summary>
    public static SiteSnapshot? Load(string cacheFolder)
    {
        using var reader = BuildStamp.OpenCache(PathIn(cacheFolder), Magic);
        if (reader is null)
        {
            return null;
        }

        try
        {
            var settings = ((UInt128)reader.ReadUInt64() << 64) | reader.ReadUInt64();
            var validUntil = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            var (pages, files) = (reader.ReadInt32(), reader.ReadInt32());
            var diagnostics = Content.ParseCache.ReadDiagnostics(reader);

            var entries = new Entry[BuildStamp.ReadCount(reader)];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = new Entry(reader.ReadString(), reader.ReadInt64(), reader.ReadInt64());
            }

            return new SiteSnapshot(settings, validUntil, pages, files, diagnostics, entries);
        }
        catch (Exception ex) when (BuildStamp.IsCorrupt(ex) || ex is EndOfStreamException)
        {
            return null;
        }
    }

    /// <summary>Saves this snapshot, replacing the last one.</summary>
    public void Save(string cacheFolder) => BuildStamp.WriteAtomically(PathIn(cacheFolder), stream =>
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(BuildStamp.Value);
        BuildStamp.WriteHash(writer, Settings);
        writer.Write(ValidUntil.UtcTicks);
        writer.Write(Pages);
        writer.Write(Files);
        Content.ParseCache.WriteDiagnostics(writer, Diagnostics);

        writer.Write(Entries.Count);
        foreach (var entry in Entries)
        {
            writer.Write(entry.Path);
            writer.Write(entry.Length);
            writer.Write(entry.Mtime);
        }
    });

    /// <summary>Forgets the snapshot (a build is about to change the output).</summary>
    public static void Forget(string cacheFolder) => File.Delete(PathIn(cacheFolder));

    private static string PathIn(string cacheFolder) => Path.Combine(cacheFolder, "site-snapshot");
}

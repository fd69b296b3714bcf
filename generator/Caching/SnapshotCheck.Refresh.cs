using System.Collections.Concurrent;

namespace Briefing.Caching;

/// <summary>The next snapshot's entries, from the checked one and what changed since.</summary>
public sealed partial class SnapshotCheck
{
    /// <summary>
    /// The files and folders under <paramref name="roots"/> as they are now, as <see cref="SiteSnapshot.List"/> would
    /// find them, provided every change since the check is in <paramref name="touched"/> (folders something was added
    /// to, removed from or moved into): those folders and the entries that differed at the check are listed or
    /// stat'ed again (a subfolder there that is new or has another time is listed whole), the rest is as recorded.
    /// Null when a symbolic link was found.
    /// </summary>
    public IReadOnlyList<SiteSnapshot.Entry>? Refresh(IReadOnlyList<string> roots, IEnumerable<string> touched)
    {
        if (roots.Any(r => !Directory.Exists(r)) || Snapshot.Entries.Any(e => e.Length == -2))
        {
            return SiteSnapshot.List(roots); // a root came or went: list everything
        }

        var relist = new HashSet<string>(StringComparer.Ordinal);
        var restat = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in Changed)
        {
            (entry.Length == -1 ? relist : restat).Add(entry.Path);
        }

        relist.UnionWith(touched.Where(f => roots.Any(r => Under(f, r))));
        restat.UnionWith(relist); // a folder's own entry (its time) is in its parent's listing

        var links = false;
        var fresh = new ConcurrentDictionary<string, SiteSnapshot.Entry[]?>(StringComparer.Ordinal);
        Parallel.ForEach(relist, folder =>
        {
            try
            {
                fresh[folder] = SiteSnapshot.Children(folder, out var link);
                links |= link;
            }
            catch (DirectoryNotFoundException)
            {
                fresh[folder] = null;
            }
        });
        var stats = new ConcurrentDictionary<string, SiteSnapshot.Entry?>(StringComparer.Ordinal);
        Parallel.ForEach(restat, path =>
        {
            stats[path] = Stat(path, out var link);
            links |= link;
        });
        if (links)
        {
            return null;
        }

        // Folders whose recorded subtree no longer holds: gone, or listed whole (new, or another time: entries came or went).
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        var whole = new List<string>();
        var listed = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (folder, children) in fresh)
        {
            if (children is null)
            {
                dropped.Add(folder);
                continue;
            }

            if (Recorded(folder) is null && !relist.Contains(Parent(folder)) && !roots.Contains(folder))
            {
                return SiteSnapshot.List(roots); // a new folder whose parent nobody listed: not what a build leaves
            }

            foreach (var child in children)
            {
                listed[child.Path] = child.Length;
                if (child.Length == -1 && (Recorded(child.Path) is not { Length: -1 } recorded || recorded.Mtime != child.Mtime))
                {
                    dropped.Add(child.Path);
                    whole.Add(child.Path);
                }
            }
        }

        var relisted = relist.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var entry in Snapshot.Entries)
        {
            if (entry.Length == -1 && relisted.Contains(Parent(entry.Path.AsSpan()))
                && (!listed.TryGetValue(entry.Path, out var length) || length != -1))
            {
                dropped.Add(entry.Path); // a folder that is gone (or a file now)
            }
        }

        var lists = new List<SiteSnapshot.Entry>[whole.Count];
        var nested = 0;
        Parallel.For(0, whole.Count, i =>
        {
            lists[i] = [];
            if (!Covered(whole[i], dropped))
            {
                var own = 0;
                SiteSnapshot.ListFolder(whole[i], lists[i], ref own);
                Interlocked.Add(ref nested, own);
            }
        });
        if (nested > 0)
        {
            return null;
        }

        var entries = new List<SiteSnapshot.Entry>(Snapshot.Entries.Count + lists.Sum(l => l.Count));
        foreach (var entry in Snapshot.Entries)
        {
            if (relisted.Contains(Parent(entry.Path.AsSpan())) || Covered(entry.Path, dropped))
            {
                continue;
            }

            if (!stats.TryGetValue(entry.Path, out var now))
            {
                entries.Add(entry);
            }
            else if (now is { } stat)
            {
                entries.Add(stat);
            }
        }

        foreach (var (folder, children) in fresh)
        {
            if (children is not null && !dropped.Contains(folder) && !Covered(folder, dropped))
            {
                entries.AddRange(children);
            }
        }

        foreach (var list in lists)
        {
            entries.AddRange(list);
        }

        return entries;
    }

    /// <summary>A file's or folder's entry now, null when it is gone; <paramref name="link"/> when it is a symbolic link.</summary>
    private static SiteSnapshot.Entry? Stat(string path, out bool link)
    {
        FileSystemInfo info = new FileInfo(path);
        if (!info.Exists)
        {
            info = new DirectoryInfo(path);
        }

        link = info.Exists && (info.Attributes & FileAttributes.ReparsePoint) != 0;
        return info.Exists ? new SiteSnapshot.Entry(path, info is FileInfo file ? file.Length : -1, info.LastWriteTimeUtc.Ticks) : null;
    }

    /// <summary>Whether a folder above <paramref name="path"/> is in <paramref name="folders"/>.</summary>
    private static bool Covered(string path, HashSet<string> folders)
    {
        if (folders.Count == 0)
        {
            return false;
        }

        var lookup = folders.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var folder = Parent(path.AsSpan()); folder.Length > 0; folder = Parent(folder))
        {
            if (lookup.Contains(folder))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Under(string path, string root) =>
        path == root || (path.StartsWith(root, StringComparison.Ordinal) && path.Length > root.Length && path[root.Length] == Path.DirectorySeparatorChar);

    private static ReadOnlySpan<char> Parent(ReadOnlySpan<char> path) => path.LastIndexOf(Path.DirectorySeparatorChar) is var slash and > 0 ? path[..slash] : [];

    private static string Parent(string path) => Parent(path.AsSpan()).ToString();
}

using System.IO.Enumeration;
using Briefing.Files;

namespace Briefing.Caching;

/// <summary>Listings of source folders answered from the check, which has just looked at every file in them.</summary>
public sealed partial class SnapshotCheck
{
    /// <summary>
    /// The files of <paramref name="folder"/> (a full path; with its subfolders when <paramref name="recursive"/>) whose
    /// names match <paramref name="pattern"/>, in ordinal order of their path, with their size and time, as
    /// <see cref="SiteFiles.EnumerateStamped"/> would list them — when the check can tell: the folder, the folders above
    /// it and every folder listed had their recorded times (so no entry came, went or was renamed in them; a snapshot
    /// holds no symbolic link). A file that differed (an edited briefing) is stat'ed again. Null otherwise: list the folder.
    /// </summary>
    public IReadOnlyList<SiteFile>? FilesIn(string folder, string pattern, bool recursive)
    {
        folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (Held(folder) is not { Length: -1 })
        {
            return null;
        }

        for (var above = Parent(folder); above.Length > 0 && _index.Value.ContainsKey(above); above = Parent(above))
        {
            if (Held(above) is null)
            {
                return null;
            }
        }

        var files = new List<SiteFile>();
        for (var i = 0; i < _held.Length; i++)
        {
            var entry = Snapshot.Entries[i];
            var path = entry.Path;
            if (path.Length <= folder.Length + 1 || path[folder.Length] != Path.DirectorySeparatorChar || !path.StartsWith(folder, StringComparison.Ordinal))
            {
                continue;
            }

            var name = path.LastIndexOf(Path.DirectorySeparatorChar) + 1;
            if (!recursive && name != folder.Length + 1)
            {
                continue; // inside a subfolder
            }

            if (entry.Length == -1)
            {
                if (recursive && !HeldAt(i))
                {
                    return null; // entries came or went in a subfolder
                }

                continue;
            }

            if (!FileSystemName.MatchesSimpleExpression(pattern, path.AsSpan(name), ignoreCase: false))
            {
                continue;
            }

            if (HeldAt(i))
            {
                files.Add(new SiteFile(path, entry.Length, entry.Mtime));
            }
            else if (FileNow(path) is { } now)
            {
                files.Add(now);
            }
            else
            {
                return null; // gone, a folder or a link now: the listing says what to do
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    /// <summary>The plain file at <paramref name="path"/> now, or null (gone, a folder or a symbolic link).</summary>
    private static SiteFile? FileNow(string path)
    {
        if (PathStat.TryGet(path, out var kind, out var length, out var mtime))
        {
            return kind == PathStat.Kind.File ? new SiteFile(path, length, mtime) : null;
        }

        var info = new FileInfo(path);
        return info.Exists && (info.Attributes & FileAttributes.ReparsePoint) == 0 ? new SiteFile(path, info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }
}

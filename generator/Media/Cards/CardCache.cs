namespace Briefing.Media.Cards;

/// <summary>
/// Cards drawn by earlier builds, under <c>.briefing/cache/cards/</c>, by file name (the hash of what a card shows):
/// an output folder removed or built elsewhere gets its cards back without drawing one. Cards no build asked for
/// are removed by <see cref="Prune"/>. A null folder caches nothing.
/// </summary>
public sealed class CardCache(string? folder)
{
    private bool _created;

    // The folder's file names, listed on the first look-up: one directory read instead of an lstat per card (13,637 at
    // 10,000 briefings, each a miss on a first build, whose folder does not exist).
    private HashSet<string>? _names;

    /// <summary>The cached file of <paramref name="route"/> (<c>/cards/&lt;hash&gt;.png</c>), or null. Not thread-safe;
    /// the folder is as it was at the first look-up.</summary>
    public string? PathOf(string route)
    {
        if (folder is null)
        {
            return null;
        }

        _names ??= Directory.Exists(folder) ? new(Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>(), StringComparer.Ordinal) : [];
        var name = Path.GetFileName(route);
        return _names.Contains(name) ? Path.Combine(folder, name) : null;
    }

    /// <summary>Caches a card: as a second name of <paramref name="staged"/> (the build's own file of it, complete
    /// and never rewritten) where the file system allows, else by writing <paramref name="bytes"/>.</summary>
    public void Write(string route, ReadOnlySpan<byte> bytes, string? staged = null)
    {
        if (folder is null)
        {
            return;
        }

        if (!_created)
        {
            Directory.CreateDirectory(folder);
            _created = true;
        }

        var path = Path.Combine(folder, Path.GetFileName(route));
        if (staged is not null && (Files.HardLink.TryCreate(staged, path) || File.Exists(path)))
        {
            return;
        }

        var temporary = $"{path}.{Environment.CurrentManagedThreadId}.tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Removes every cached card but <paramref name="routes"/>.</summary>
    public void Prune(IEnumerable<string> routes)
    {
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }

        // The cached files' names are looked up as spans and only a stale one's path is made: one string per file
        // removed, not two per card kept (13,637 at 10,000 briefings, on every rebuild).
        var kept = new HashSet<string>(routes.Select(Path.GetFileName).OfType<string>(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var stale = new System.IO.Enumeration.FileSystemEnumerable<string>(folder, (ref System.IO.Enumeration.FileSystemEntry e) => e.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => !e.IsDirectory && !kept.Contains(e.FileName),
        };
        foreach (var file in stale.ToArray())
        {
            File.Delete(file);
        }
    }
}

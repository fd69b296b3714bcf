namespace Briefing.Media.Cards;

/// <summary>
/// Cards drawn by earlier builds, under <c>.briefing/cache/cards/</c>, by file name (the hash of what a card shows):
/// an output folder removed or built elsewhere gets its cards back without drawing one. Cards no build asked for
/// are removed by <see cref="Prune"/>. A null folder caches nothing.
/// </summary>
public sealed class CardCache(string? folder)
{
    /// <summary>The cached bytes of <paramref name="route"/> (<c>/cards/&lt;hash&gt;.png</c>), or null.</summary>
    public byte[]? Read(string route)
    {
        if (folder is null)
        {
            return null;
        }

        try
        {
            return File.ReadAllBytes(Path.Combine(folder, Path.GetFileName(route)));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public void Write(string route, byte[] bytes)
    {
        if (folder is null)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Path.GetFileName(route));
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

        var kept = new HashSet<string>(routes.Select(Path.GetFileName).OfType<string>(), StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (!kept.Contains(Path.GetFileName(file)))
            {
                File.Delete(file);
            }
        }
    }
}

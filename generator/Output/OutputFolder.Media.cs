namespace Briefing.Output;

/// <summary>Image variants: copied from the image cache, or kept when the output already has them.</summary>
internal sealed partial class OutputFolder
{
    /// <summary>
    /// Records the file of <paramref name="route"/> with the bytes of <paramref name="file"/> (a cached image variant or
    /// card), linked rather than copied where the file system allows. Their names carry the hash of what made them, so
    /// a published file of the same name and length is the same file: it is kept unread.
    /// </summary>
    public void CopyIn(string route, string file)
    {
        var relative = Model.Routes.OutputFile(route);
        if (!_produced.TryAdd(relative, true))
        {
            throw new InvalidOperationException($"two outputs for {route}");
        }

        var published = new FileInfo(Path.Combine(_output, relative));
        if (_incremental && published.Exists && published.Length == new FileInfo(file).Length)
        {
            Interlocked.Increment(ref _unchanged);
            return;
        }

        var path = StagedPath(route);
        var folder = Path.GetDirectoryName(path)!;
        EnsureFolder(folder);

        if (!Files.HardLink.TryCreate(file, path))
        {
            File.Copy(file, path);
        }

        Interlocked.Increment(ref _written);
    }

    /// <summary>Where this build staged <paramref name="route"/>'s file (it may not have: unchanged output is not staged).</summary>
    public string StagedFileOf(string route) => StagedPath(route);

    /// <summary>
    /// Records <paramref name="route"/>'s file as this build's, written by someone else (the card worker) or later by
    /// <see cref="WriteClaimed"/>: its folder is made now. Returns the file's staged path.
    /// </summary>
    public string Claim(string route)
    {
        var relative = Model.Routes.OutputFile(route);
        if (!_produced.TryAdd(relative, true))
        {
            throw new InvalidOperationException($"two outputs for {route}");
        }

        var path = StagedPath(route);
        EnsureFolder(Path.GetDirectoryName(path)!);
        Interlocked.Increment(ref _written);
        return path;
    }

    /// <summary>Writes a claimed file (<see cref="Claim"/>), replacing what another writer may have left of it.</summary>
    public void WriteClaimed(string route, ReadOnlySpan<byte> bytes)
    {
        var path = StagedPath(route);
        File.Delete(path);
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, bytes, 0);
        Stamp(Model.Routes.OutputFile(route), handle, bytes.Length);
    }
}

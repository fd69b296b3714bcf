namespace Briefing.Output;

/// <summary>Image variants: copied from the image cache, or kept when the output already has them.</summary>
internal sealed partial class OutputFolder
{
    /// <summary>
    /// Records the file of <paramref name="route"/> with the bytes of <paramref name="file"/>. Variant names carry the
    /// hash of what made them, so a published file of the same name and length is the same file: it is kept unread.
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

        File.Copy(file, path);
        Interlocked.Increment(ref _written);
    }
}

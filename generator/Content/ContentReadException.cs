namespace Briefing.Content;

/// <summary>
/// Something unexpected (a bug, or an I/O failure) while reading one content file: carries the file's path relative
/// to the site root so the command line can name it (<c>error: internal error while reading content/…</c>).
/// </summary>
public sealed class ContentReadException : Exception
{
    public ContentReadException(string path, Exception inner)
        : base($"{path}: {inner.Message}", inner)
    {
        Path = path;
    }

    /// <summary>The file, relative to the site root with <c>/</c>.</summary>
    public string Path { get; }
}

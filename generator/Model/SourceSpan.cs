namespace Briefing.Model;

/// <summary>A position in a content or theme file: path relative to the site root with '/', 1-based line and column.</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    /// <summary>A position that names a file but no place inside it.</summary>
    public static SourceSpan File(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}

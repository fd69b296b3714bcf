namespace Briefing.Content;

/// <summary>Where content lives under the site root, and how its paths are printed (relative, with '/').</summary>
internal sealed class ContentPaths(string siteRoot)
{
    public string Root { get; } = Path.GetFullPath(siteRoot);

    public string Content => Path.Combine(Root, "content");

    public string SiteFile => Path.Combine(Content, "site.yml");

    public string TagsFile => Path.Combine(Content, "tags.yml");

    public string Briefings => Path.Combine(Content, "briefings");

    public string Companies => Path.Combine(Content, "companies");

    public string People => Path.Combine(Content, "people");

    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    /// <summary>Files of a folder matching <paramref name="pattern"/>, recursively, in ordinal order of their relative path.</summary>
    public static IReadOnlyList<string> Enumerate(string folder, string pattern, bool recursive)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var files = Directory.GetFiles(folder, pattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }
}

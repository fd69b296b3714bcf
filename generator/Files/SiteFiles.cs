using System.IO.Enumeration;
using Briefing.Model;

namespace Briefing.Files;

/// <summary>
/// Lists the files of a site's folders without ever leaving the site. A symbolic link is followed only when its
/// real path (every link along it resolved) lies inside the site root's own real path, so a site reached through
/// a linked folder still builds; a link that points outside, nowhere, or back into itself is left out and
/// reported (BRF038) naming the link. Plain files and folders cost nothing extra: only links are resolved.
/// </summary>
public sealed class SiteFiles
{
    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = 0,
        MatchType = MatchType.Win32,
        IgnoreInaccessible = false,
        ReturnSpecialDirectories = false,
    };

    private readonly string _realRoot;

    public SiteFiles(string siteRoot)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteRoot));
        _realRoot = RealPath.Resolve(Root).Path ?? Root;
    }

    /// <summary>The site root as given (not resolved), full.</summary>
    public string Root { get; }

    /// <summary>
    /// The files of <paramref name="folder"/> whose names match <paramref name="pattern"/> (<c>*</c>, <c>*.md</c>),
    /// in ordinal order of their path; each link that is left out adds its diagnostic to <paramref name="problems"/>.
    /// </summary>
    public IReadOnlyList<string> Enumerate(string folder, string pattern, bool recursive, ICollection<Diagnostic> problems) =>
        EnumerateStamped(folder, pattern, recursive, problems).Select(f => f.Path).ToArray();

    /// <summary>
    /// <see cref="Enumerate"/> with each file's size and last-write time, taken from the listing's own status of the
    /// file (the link check needs it anyway), so a caller that compares stamps does not stat every file a second time.
    /// A linked file's stamp is its target's.
    /// </summary>
    public IReadOnlyList<SiteFile> EnumerateStamped(string folder, string pattern, bool recursive, ICollection<Diagnostic> problems)
    {
        folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (!Directory.Exists(folder) && !IsLink(folder))
        {
            return [];
        }

        var real = Confine(folder, problems);
        if (real is null || !Directory.Exists(real))
        {
            return [];
        }

        var files = new List<SiteFile>();
        var open = new HashSet<string>(StringComparer.Ordinal) { real };
        Walk(folder, real, pattern, recursive, files, open, problems);
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    /// <summary>Every link problem under <paramref name="folder"/> (a theme is checked whole before any of it is read).</summary>
    public IReadOnlyList<Diagnostic> Audit(string folder)
    {
        var problems = new List<Diagnostic>();
        Enumerate(folder, "*", recursive: true, problems);
        return problems;
    }

    /// <summary>
    /// The real path of <paramref name="path"/> if it is inside the site, else null after reporting why. A path that
    /// does not exist (and is not a link) is returned as it is: its absence is the caller's to report.
    /// </summary>
    public string? Confine(string path, ICollection<Diagnostic> problems)
    {
        var resolved = RealPath.Resolve(path);
        if (resolved.Path is null)
        {
            var link = OutermostLink(path);
            if (resolved.Loop || link is not null)
            {
                path = link ?? path;
                problems.Add(Problem(path, resolved.Loop
                    ? "this symbolic link leads back to itself (a link loop); delete it, or point it at a real file"
                    : $"this symbolic link points to '{LinkTarget(path)}', which does not exist; restore the file it points to, or delete the link"));
                return null;
            }

            return path;
        }

        if (!IsInside(resolved.Path))
        {
            path = OutermostLink(path) ?? path;
            problems.Add(Problem(path, $"this symbolic link leads to '{resolved.Path}', outside the site folder; Briefing reads only files inside the site: copy the file in, or delete the link"));
            return null;
        }

        return resolved.Path;
    }

    private void Walk(string folder, string realFolder, string pattern, bool recursive, List<SiteFile> files, HashSet<string> open, ICollection<Diagnostic> problems)
    {
        var entries = new FileSystemEnumerable<(string Path, string Name, bool Link, bool Directory, long Length, long Mtime)>(folder, (ref FileSystemEntry e) =>
        {
            var link = (e.Attributes & FileAttributes.ReparsePoint) != 0;
            return link || e.IsDirectory
                ? (e.ToFullPath(), e.FileName.ToString(), link, e.IsDirectory, -1L, 0L)
                : (e.ToFullPath(), e.FileName.ToString(), false, false, e.Length, e.LastWriteTimeUtc.UtcDateTime.Ticks);
        }, Options);
        foreach (var (path, name, link, directory, length, mtime) in entries)
        {
            var matches = FileSystemName.MatchesSimpleExpression(pattern, name, ignoreCase: false);
            if (!link)
            {
                if (directory && recursive)
                {
                    Walk(path, Path.Join(realFolder, name), pattern, recursive, files, open, problems);
                }
                else if (!directory && matches)
                {
                    files.Add(new SiteFile(path, length, mtime));
                }

                continue;
            }

            // A link is judged only where it would be read: a file the pattern takes, or a folder a recursive walk enters.
            if (!matches && !recursive)
            {
                continue;
            }

            if (Confine(path, problems) is not { } real)
            {
                continue;
            }

            if (Directory.Exists(real))
            {
                if (!recursive)
                {
                    continue;
                }

                if (IsAncestorOrSelf(real, realFolder) || !open.Add(real))
                {
                    problems.Add(Problem(path, "this symbolic link leads back to a folder that contains it (a link loop); delete it"));
                    continue;
                }

                Walk(path, real, pattern, recursive, files, open, problems);
                open.Remove(real);
            }
            else if (matches)
            {
                var target = new FileInfo(real);
                files.Add(new SiteFile(path, target.Length, target.LastWriteTimeUtc.Ticks));
            }
        }
    }

    private static bool IsAncestorOrSelf(string ancestor, string path) =>
        path == ancestor || path.StartsWith(ancestor.EndsWith('/') ? ancestor : ancestor + "/", StringComparison.Ordinal);

    private bool IsInside(string real) =>
        real.Length == _realRoot.Length ? real == _realRoot
        : real.StartsWith(_realRoot, StringComparison.Ordinal) && (real[_realRoot.Length] == '/' || real[_realRoot.Length] == Path.DirectorySeparatorChar || _realRoot.EndsWith('/'));

    private Diagnostic Problem(string path, string message) =>
        Diagnostic.Error(DiagnosticCodes.SymbolicLink, SourceSpan.File(Path.GetRelativePath(Root, path).Replace('\\', '/')), message);

    /// <summary>The first link on the way from the site root to <paramref name="path"/> (the one to name), or null.</summary>
    private string? OutermostLink(string path)
    {
        var full = Path.GetFullPath(path);
        if (!full.StartsWith(Root, StringComparison.Ordinal))
        {
            return IsLink(full) ? full : null;
        }

        var current = Root;
        foreach (var part in full[Root.Length..].Split('/', Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Join(current, part);
            if (IsLink(current))
            {
                return current;
            }
        }

        return null;
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
    }
}

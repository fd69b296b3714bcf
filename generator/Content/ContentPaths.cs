using Briefing.Files;
using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// Where content lives under the site root, how its paths are printed (relative, with '/'), and how its folders are
/// listed: through <see cref="SiteFiles"/>, so no link leads a build outside the site.
/// </summary>
internal sealed class ContentPaths(string siteRoot)
{
    private readonly SiteFiles _files = new(siteRoot);

    public string Root { get; } = Path.GetFullPath(siteRoot);

    public string Content => Path.Combine(Root, "content");

    public string SiteFile => Path.Combine(Content, "site.yml");

    public string TagsFile => Path.Combine(Content, "tags.yml");

    public string Briefings => Path.Combine(Content, "briefings");

    public string Companies => Path.Combine(Content, "companies");

    public string People => Path.Combine(Content, "people");

    public string Authors => Path.Combine(Content, "authors");

    /// <summary>Standalone pages: <c>content/pages/&lt;slug&gt;.md</c>.</summary>
    public string Pages => Path.Combine(Content, "pages");

    /// <summary>Editors' intros of weekly digest editions: <c>content/digest/YYYY-Www.md</c>.</summary>
    public string Digest => Path.Combine(Content, "digest");

    /// <summary>
    /// What the check of the last build's site snapshot found before this load (null: none): a folder whose files it
    /// can list is not listed again (<see cref="Caching.SnapshotCheck.FilesIn"/>; no second stat of every briefing).
    /// </summary>
    public Caching.SnapshotCheck? Known { get; init; }

    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    /// <summary>
    /// Files of a folder matching <paramref name="pattern"/>, recursively, in ordinal order of their path. Links that
    /// lead outside the site, nowhere or in a loop are left out, each with an error in <paramref name="diagnostics"/>.
    /// </summary>
    public IReadOnlyList<string> Enumerate(string folder, string pattern, bool recursive, DiagnosticBag diagnostics)
    {
        var problems = new List<Diagnostic>();
        var files = _files.Enumerate(folder, pattern, recursive, problems);
        diagnostics.AddRange(problems);
        return files;
    }

    /// <summary><see cref="Enumerate"/> with each file's size and last-write time from the listing (no second stat).</summary>
    public IReadOnlyList<SiteFile> EnumerateStamped(string folder, string pattern, bool recursive, DiagnosticBag diagnostics)
    {
        if (Known?.FilesIn(folder, pattern, recursive) is { } known)
        {
            return known;
        }

        var problems = new List<Diagnostic>();
        var files = _files.EnumerateStamped(folder, pattern, recursive, problems);
        diagnostics.AddRange(problems);
        return files;
    }

    /// <summary>Whether <paramref name="file"/> exists and may be read: a link in its path must stay inside the site.</summary>
    public bool Exists(string file, DiagnosticBag diagnostics)
    {
        var problems = new List<Diagnostic>();
        var real = _files.Confine(file, problems);
        diagnostics.AddRange(problems);
        return real is not null && File.Exists(real);
    }
}

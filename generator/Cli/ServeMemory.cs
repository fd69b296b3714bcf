using System.Diagnostics;
using System.Globalization;
using Briefing.Content;
using Briefing.Output;

namespace Briefing.Cli;

/// <summary>
/// What <c>serve</c> keeps between rebuilds: the parsed content (<see cref="LoadMemory"/>) and its last successful build
/// (<see cref="BuildMemory"/>), for the quick paths that publish the pages and feeds showing a saved briefing's body
/// or a saved registry description before the rebuild.
/// </summary>
public sealed class ServeMemory : IDisposable
{
    public LoadMemory Load { get; } = new();

    public BuildMemory Build { get; } = new();

    /// <summary>
    /// When every path of <paramref name="changed"/> is a published briefing whose front matter is unchanged (a body
    /// edit), or every one a company, person or tag registry file in which only descriptions changed, writes the pages
    /// and feeds that show what changed, from memory, and returns the line to print; else null. The rebuild that
    /// follows checks the whole site either way.
    /// </summary>
    public string? TryQuickPublish(string sourceRoot, IReadOnlyCollection<string> changed)
    {
        if (Build.Last is not { } last || changed.Count == 0)
        {
            return null;
        }

        var started = Stopwatch.StartNew();
        var root = Path.GetFullPath(sourceRoot);
        var relative = changed.Select(path => Path.GetRelativePath(root, path).Replace('\\', '/')).ToArray();
        if (relative.All(r => r.StartsWith("content/companies/", StringComparison.Ordinal) || r.StartsWith("content/people/", StringComparison.Ordinal)
                              || r == "content/tags.yml"))
        {
            var entries = relative.Select(r => SiteLoader.ReadEntry(root, r, last.Model.Config.MaxFileBytes)).ToArray();
            return entries.Any(e => e is null) || QuickPublish.TryWriteEntries(Build, entries!) is not { } entriesWritten
                ? null
                : Line(entriesWritten.Count, entries.Length == 1 ? "description" : "descriptions", started);
        }

        var edits = new List<BodyEdit>(changed.Count);
        foreach (var path in relative)
        {
            if (!path.StartsWith("content/briefings/", StringComparison.Ordinal) || !path.EndsWith(".md", StringComparison.Ordinal)
                || SiteLoader.ReadOne(root, path, last.Model.Config.MaxFileBytes) is not { } parsed)
            {
                return null;
            }

            edits.Add(new BodyEdit(path, parsed.FrontMatterHash, parsed.Body, parsed.WordCount));
        }

        return QuickPublish.TryWrite(Build, edits) is { } written ? Line(written.Count, edits.Count == 1 ? "body" : "bodies", started) : null;
    }

    private static string Line(int written, string what, Stopwatch started) => string.Create(CultureInfo.InvariantCulture,
        $"quick: {written} file(s) showing the saved {what} written in {started.Elapsed.TotalMilliseconds:F0} ms; checking the whole site");

    /// <summary>Writes the parsed briefings to the build cache (serve stops): the next <c>build</c> starts from them.</summary>
    public void Save() => Load.Save();

    public void Dispose() => Build.Dispose();
}

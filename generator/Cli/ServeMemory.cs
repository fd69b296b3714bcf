using System.Diagnostics;
using System.Globalization;
using Briefing.Content;
using Briefing.Output;

namespace Briefing.Cli;

/// <summary>
/// What <c>serve</c> keeps between rebuilds: the parsed content (<see cref="LoadMemory"/>) and its last successful build
/// (<see cref="BuildMemory"/>), for the quick path that publishes a saved briefing's page and feeds before the rebuild.
/// </summary>
public sealed class ServeMemory : IDisposable
{
    public LoadMemory Load { get; } = new();

    public BuildMemory Build { get; } = new();

    /// <summary>
    /// When every path of <paramref name="changed"/> is a published briefing whose front matter is unchanged (a body
    /// edit), writes the pages and feeds that show it, from memory, and returns the line to print; else null. The
    /// rebuild that follows checks the whole site either way.
    /// </summary>
    public string? TryQuickPublish(string sourceRoot, IReadOnlyCollection<string> changed)
    {
        if (Build.Last is not { } last || changed.Count == 0)
        {
            return null;
        }

        var started = Stopwatch.StartNew();
        var root = Path.GetFullPath(sourceRoot);
        var edits = new List<BodyEdit>(changed.Count);
        foreach (var path in changed)
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (!relative.StartsWith("content/briefings/", StringComparison.Ordinal) || !relative.EndsWith(".md", StringComparison.Ordinal)
                || SiteLoader.ReadOne(root, relative, last.Model.Config.MaxFileBytes) is not { } parsed)
            {
                return null;
            }

            edits.Add(new BodyEdit(relative, parsed.FrontMatterHash, parsed.Body, parsed.WordCount));
        }

        return QuickPublish.TryWrite(Build, edits) is { } written
            ? string.Create(CultureInfo.InvariantCulture, $"quick: {written.Count} file(s) showing the saved bod{(edits.Count == 1 ? "y" : "ies")} written in {started.Elapsed.TotalMilliseconds:F0} ms; checking the whole site")
            : null;
    }

    /// <summary>Writes the parsed briefings to the build cache (serve stops): the next <c>build</c> starts from them.</summary>
    public void Save() => Load.Save();

    public void Dispose() => Build.Dispose();
}

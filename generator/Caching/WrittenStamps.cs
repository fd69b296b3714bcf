using System.Collections.Concurrent;

namespace Briefing.Caching;

/// <summary>
/// The size and modification time of files a build wrote into an output it then published whole (the staging folder
/// renamed into place, which keeps every file's time), taken from the open file as it was written (one <c>fstat</c>,
/// no path to walk): the render cache and the site snapshot read them instead of an <c>lstat</c> per file, 36,000 of
/// them at 10,000 briefings, at the very end of the build. A file the build wrote but did not stamp (a feed, a linked
/// image) is stat'ed as before. A stamp that went stale (someone rewrote the file since) only makes the next build
/// find a difference and build: never an answer that the output held when it did not.
/// </summary>
public sealed class WrittenStamps
{
    private readonly ConcurrentDictionary<string, FileStamp>.AlternateLookup<ReadOnlySpan<char>> _byRelative;

    /// <param name="output">The output folder (full path, no trailing separator).</param>
    /// <param name="byRelative">Stamps by path relative to <paramref name="output"/>, '/'-separated.</param>
    public WrittenStamps(string output, ConcurrentDictionary<string, FileStamp> byRelative)
    {
        Output = output;
        _byRelative = byRelative.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = byRelative.Count;
    }

    /// <summary>The output folder the stamps are under.</summary>
    public string Output { get; }

    /// <summary>How many files are stamped.</summary>
    public int Count { get; }

    /// <summary>The stamp of the file at <paramref name="path"/> (full), or null when the build did not stamp it.</summary>
    public FileStamp? Of(ReadOnlySpan<char> path) =>
        path.Length > Output.Length + 1 && path.StartsWith(Output, StringComparison.Ordinal) && path[Output.Length] == '/'
            && _byRelative.TryGetValue(path[(Output.Length + 1)..], out var stamp)
            ? stamp
            : null;

    /// <summary>The stamp of the output file <paramref name="relative"/> ('/'-separated), or null.</summary>
    public FileStamp? OfRelative(ReadOnlySpan<char> relative) => _byRelative.TryGetValue(relative, out var stamp) ? stamp : null;
}

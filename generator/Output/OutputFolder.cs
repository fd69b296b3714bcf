using System.Collections.Concurrent;

namespace Briefing.Output;

/// <summary>
/// Where a build writes. Every file first goes to a staging folder beside the output; nothing in the output
/// changes until <see cref="Publish"/>, so a failed build leaves the previous site untouched
/// (<see cref="Dispose"/> removes the staging folder).
/// <list type="bullet">
/// <item>No previous output: the staging folder is renamed into place whole.</item>
/// <item>A previous output: a file whose bytes equal the file already there is not written at all (its mtime
/// stays); changed files are moved into place one by one, files this build did not produce are removed. A
/// no-op rebuild writes nothing. If the process dies while publishing, the next build compares bytes again
/// and repairs the mix.</item>
/// </list>
/// </summary>
internal sealed partial class OutputFolder : IDisposable
{
    private readonly string _output;
    private readonly bool _incremental;
    private ConcurrentDictionary<string, bool> _produced = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _touched = new(StringComparer.Ordinal);

    /// <summary>The size and time of each file written, as written (<see cref="PublishedStamps"/>); null over an existing output.</summary>
    private ConcurrentDictionary<string, Caching.FileStamp>? _stamps;
    private bool _published;
    private int _written;
    private int _unchanged;

    public OutputFolder(string output)
    {
        _output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_output) ?? throw new IOException($"cannot write the site to {_output}");
        Directory.CreateDirectory(parent);
        _incremental = Directory.Exists(_output);
        _stamps = _incremental ? null : new ConcurrentDictionary<string, Caching.FileStamp>(StringComparer.Ordinal);
        StagingRoot = Path.Combine(parent, $".{Path.GetFileName(_output)}.tmp-{Environment.ProcessId}");
        if (Directory.Exists(StagingRoot))
        {
            Directory.Delete(StagingRoot, recursive: true);
        }

        Directory.CreateDirectory(StagingRoot);
        _snapshot = new Lazy<FolderSnapshot>(TakeSnapshot, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string StagingRoot { get; }

    /// <summary>A top-level folder of the output that publishing leaves alone (the search index), or null.</summary>
    public string? KeepFolder { get; init; }

    /// <summary>
    /// What the check of the last build's site snapshot found (null: none): a file or folder that held there is not
    /// asked for with a <c>stat</c> again, unless this build changed its folder (<see cref="Touched"/>).
    /// </summary>
    public Caching.SnapshotCheck? Known { get; init; }

    /// <summary>
    /// The output's folders (full paths) that publishing wrote into, created or removed entries from; null when the
    /// output was replaced whole. Everything else in the output is as before the build.
    /// </summary>
    public IReadOnlyCollection<string>? Touched => _incremental ? (IReadOnlyCollection<string>)_touched.Keys : null;

    /// <summary>Whether the published output holds the file of <paramref name="route"/>.</summary>
    public bool IsPublished(string route)
    {
        Span<char> buffer = stackalloc char[OutputPath.MaxStackLength];
        if (Known is { } known && OutputPath.TryWrite(_output, route, buffer, out var length) && known.IsFile(buffer[..length]))
        {
            return true;
        }

        var path = OutputPath.Of(_output, route);
        return Known?.IsFile(path) == true || File.Exists(path);
    }

    /// <summary>Files written (or to be moved into place) by this build.</summary>
    public int Written => _written;

    /// <summary>Files whose bytes were already in the output.</summary>
    public int Unchanged => _unchanged;

    /// <summary>Stale files removed from the output by <see cref="Publish"/>.</summary>
    public int Removed { get; private set; }

    /// <summary>
    /// Sizes the record of produced files for <paramref name="files"/> before the first is recorded: growing a
    /// concurrent dictionary of 20,000 entries step by step locks it whole each time and feeds the GC.
    /// </summary>
    public void Expect(int files)
    {
        if (!_produced.IsEmpty)
        {
            throw new InvalidOperationException("Expect must come before the first file");
        }

        _produced = new ConcurrentDictionary<string, bool>(Environment.ProcessorCount, files, StringComparer.Ordinal);
        if (_stamps is not null)
        {
            _stamps = new ConcurrentDictionary<string, Caching.FileStamp>(Environment.ProcessorCount, files, StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Creates a staging folder once. GetOrAdd, not TryAdd then create: a thread that loses the race for a folder must
    /// not write into it before the winner has created it (parallel cards all go to <c>cards/</c>: "could not find a part
    /// of the path"). GetOrAdd returns only once some thread's factory, hence its CreateDirectory, has finished.
    /// </summary>
    private void EnsureFolder(string folder) => _folders.GetOrAdd(folder, static f =>
    {
        Directory.CreateDirectory(f);
        return true;
    });

    /// <summary>Whether a previous output exists: only then can a file be kept without being rendered.</summary>
    public bool Incremental => _incremental;

    /// <summary>Records the file of <paramref name="route"/> as produced by this build, as the output already holds it.</summary>
    public void Keep(string route)
    {
        if (!_produced.TryAdd(Model.Routes.OutputFile(route), true))
        {
            throw new InvalidOperationException($"two outputs for {route}");
        }

        Interlocked.Increment(ref _unchanged);
    }

    /// <summary>Records the file of <paramref name="route"/>; stages it unless the output already holds these bytes.</summary>
    public void Write(string route, ReadOnlySpan<byte> bytes)
    {
        var relative = Model.Routes.OutputFile(route);
        if (!_produced.TryAdd(relative, true))
        {
            throw new InvalidOperationException($"two outputs for {route}");
        }

        if (_incremental && SameBytes(Path.Combine(_output, relative), bytes))
        {
            Interlocked.Increment(ref _unchanged);
            return;
        }

        var path = StagedPath(route);
        var folder = Path.GetDirectoryName(path)!;
        EnsureFolder(folder);

        // The staging folder is new: CreateNew needs no truncate, and one positioned write needs no buffer.
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, bytes, 0);
        Stamp(relative, handle, bytes.Length);
        Interlocked.Increment(ref _written);
    }

    /// <summary>
    /// Records the size and time of a file just written through <paramref name="handle"/> (an <c>fstat</c> of the open
    /// file), when the output will be replaced whole: then the file is published as it is now.
    /// </summary>
    private void Stamp(string relative, Microsoft.Win32.SafeHandles.SafeFileHandle handle, long length)
    {
        if (_stamps is not null)
        {
            _stamps[relative] = new Caching.FileStamp(length, File.GetLastWriteTimeUtc(handle).Ticks);
        }
    }

    /// <summary>Records the stamp of <paramref name="route"/>'s file as its writer found it (the card worker, another process).</summary>
    public void Stamp(string route, Caching.FileStamp stamp)
    {
        if (_stamps is not null)
        {
            _stamps[Model.Routes.OutputFile(route)] = stamp;
        }
    }

    /// <summary>
    /// After <see cref="Publish"/> renamed the staging folder into place: the size and time of the files this build
    /// stamped as it wrote them (<see cref="Caching.WrittenStamps"/>); null over an existing output, or before.
    /// </summary>
    public Caching.WrittenStamps? PublishedStamps => _published && _stamps is not null
        ? new Caching.WrittenStamps(_output, _produced.Keys, _stamps, () => Snapshot().FolderMtimes)
        : null;

    /// <summary>
    /// A stream for a generated file (feeds), written straight to the staging folder — never buffered in memory,
    /// feeds can be megabytes. Over an existing output, the staged file is compared with the published one when the
    /// stream is disposed and dropped if equal.
    /// </summary>
    public Stream Create(string route)
    {
        var relative = Model.Routes.OutputFile(route);
        if (!_produced.TryAdd(relative, true))
        {
            throw new InvalidOperationException($"two outputs for {route}");
        }

        var path = StagedPath(route);
        var folder = Path.GetDirectoryName(path)!;
        EnsureFolder(folder);

        return new StagedFile(this, path, Path.Combine(_output, relative));
    }

    public void Dispose()
    {
        if (!_published && Directory.Exists(StagingRoot))
        {
            Directory.Delete(StagingRoot, recursive: true);
        }
    }

    private string StagedPath(string route) => Path.Combine(StagingRoot, Model.Routes.OutputFile(route));

    internal static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (RandomAccess.GetLength(handle) != bytes.Length)
            {
                return false;
            }

            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(1, bytes.Length));
            try
            {
                var read = 0;
                while (read < bytes.Length)
                {
                    var n = RandomAccess.Read(handle, buffer.AsSpan(read, bytes.Length - read), read);
                    if (n == 0)
                    {
                        return false;
                    }

                    read += n;
                }

                return buffer.AsSpan(0, bytes.Length).SequenceEqual(bytes);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

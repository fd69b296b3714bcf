namespace Briefing.Output;

/// <summary>Publishing: the swap for a fresh output, file-by-file moves and stale-file removal for an existing one.</summary>
internal sealed partial class OutputFolder
{
    /// <summary>A hash of the files a build produced, and the mtime of each output folder (relative, '/'-separated) after it published.</summary>
    public sealed record FolderSnapshot(UInt128 ProducedHash, IReadOnlyDictionary<string, long> FolderMtimes);

    private UInt128? _producedHash;

    /// <summary>Each output folder's mtime (relative path) as the stale-file walk left it.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _walked = new(StringComparer.Ordinal);

    /// <summary>Makes the output exactly what this build produced. Call only when the whole build succeeded.</summary>
    /// <param name="previous">The output's folders as the last recorded publish left them (<see cref="Snapshot"/>), or null.</param>
    public void Publish(FolderSnapshot? previous = null)
    {
        if (!_incremental)
        {
            Directory.Move(StagingRoot, _output);
            _published = true;
            return;
        }

        var staged = Directory.GetFiles(StagingRoot, "*", SearchOption.AllDirectories);
        Array.Sort(staged, StringComparer.Ordinal);
        foreach (var file in staged)
        {
            var target = Path.Combine(_output, Path.GetRelativePath(StagingRoot, file));
            var folder = Path.GetDirectoryName(target)!;
            Touch(folder);
            if (File.Exists(folder))
            {
                File.Delete(folder); // a file where this build needs a folder
            }

            Directory.CreateDirectory(folder);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true); // a folder where this build needs a file
            }

            File.Move(file, target, overwrite: true);
        }

        RemoveStale(previous);
        Directory.Delete(StagingRoot, recursive: true);
        _published = true;
    }

    /// <summary>
    /// Notes that publishing changes <paramref name="folder"/>, and its parents when it is created (or replaces a file).
    /// </summary>
    private void Touch(string folder)
    {
        if (Known is null || !_touched.TryAdd(folder, true) || Known.FolderMtime(folder) is not null || Directory.Exists(folder))
        {
            return;
        }

        for (var parent = Path.GetDirectoryName(folder); parent is not null && parent.Length >= _output.Length; parent = Path.GetDirectoryName(parent))
        {
            _touched.TryAdd(parent, true);
        }
    }

    /// <summary>A folder's modification time: as the site snapshot's check found it when publishing left it alone.</summary>
    private long FolderMtime(string folder) =>
        !_touched.ContainsKey(folder) && Known?.FolderMtime(folder) is { } known ? known : Directory.GetLastWriteTimeUtc(folder).Ticks;

    /// <summary>
    /// After a successful publish: a hash of the files this build produced and the mtime of every folder that holds
    /// them. The next build over this output skips listing a folder whose mtime is unchanged when it produces the
    /// same files: nothing was added to it or removed from it since.
    /// </summary>
    public FolderSnapshot Snapshot() => _snapshot.Value;

    /// <summary>Taken once, by whichever asks first: the render cache records it, the site snapshot lists the output's folders from it.</summary>
    private readonly Lazy<FolderSnapshot> _snapshot;

    private FolderSnapshot TakeSnapshot()
    {
        var folders = new HashSet<string>(StringComparer.Ordinal) { string.Empty };
        var known = folders.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var file in _produced.Keys)
        {
            // A folder's name is made only when it is new: most files share theirs with others.
            for (var folder = ParentOf(file); !known.Contains(folder); folder = ParentOf(folder))
            {
                folders.Add(folder.ToString());
            }
        }

        var names = folders.ToArray();
        var mtimes = new long[names.Length];
        Parallel.For(0, names.Length, i => mtimes[i] = _walked.TryGetValue(names[i], out var walked)
            ? walked
            : Directory.GetLastWriteTimeUtc(Path.Combine(_output, names[i])).Ticks);
        var snapshot = new Dictionary<string, long>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            snapshot[names[i]] = mtimes[i];
        }

        return new FolderSnapshot(ProducedHash(), snapshot);
    }

    /// <summary>The folder holding <paramref name="relative"/> ('/'-separated; the output itself is "").</summary>
    private static string Parent(string relative) => relative.LastIndexOf('/') is var slash and >= 0 ? relative[..slash] : string.Empty;

    private static ReadOnlySpan<char> ParentOf(ReadOnlySpan<char> relative) => relative.LastIndexOf('/') is var slash and >= 0 ? relative[..slash] : [];

    /// <summary>A hash of every file this build produced; computed once, when publishing (no file is added after).</summary>
    private UInt128 ProducedHash() => _producedHash ??= HashProduced(_produced.Keys);

    /// <summary>
    /// The sum (mod 2^128) of each path's XXH128: the same set of paths in any order gives the same hash, so the paths
    /// need no sort (~13 ms for 36,000 at 10,000 briefings, on one edit's serial tail).
    /// </summary>
    internal static UInt128 HashProduced(IEnumerable<string> files)
    {
        // In parallel, each part summed on its own (the sum does not depend on how the paths are split).
        var paths = files.ToArray();
        if (paths.Length < 4096)
        {
            return Sum(paths); // a small site: not worth the threads (and Partitioner refuses an empty range)
        }

        UInt128 total = 0;
        var gate = new Lock();
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, paths.Length, paths.Length / 8 + 1), range =>
        {
            var sum = Sum(paths.AsSpan(range.Item1, range.Item2 - range.Item1));
            lock (gate)
            {
                total = unchecked(total + sum);
            }
        });
        return total;
    }

    private static UInt128 Sum(ReadOnlySpan<string> files)
    {
        UInt128 sum = 0;
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1024);
        try
        {
            foreach (var file in files)
            {
                var length = System.Text.Encoding.UTF8.GetMaxByteCount(file.Length);
                if (length > buffer.Length)
                {
                    System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                    buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
                }

                var written = System.Text.Encoding.UTF8.GetBytes(file, buffer);
                sum = unchecked(sum + System.IO.Hashing.XxHash128.HashToUInt128(buffer.AsSpan(0, written)));
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        return sum;
    }

    /// <summary>
    /// Removes every file of the output this build did not produce, and every folder left empty, in one walk of the
    /// tree (one directory listing per folder: at 10,000 briefings the output has about 20,000 folders). With a
    /// <paramref name="previous"/> snapshot of the same produced files, a folder whose mtime is unchanged is not listed
    /// (its subfolders are known from the snapshot): a <c>stat</c> needs only the inode, while a listing reads the
    /// folder's blocks, which a rebuild after a pause may have to read from disk.
    /// </summary>
    private void RemoveStale(FolderSnapshot? previous)
    {
        var removed = 0;
        var unchanged = previous is not null && previous.ProducedHash == ProducedHash() ? previous : null;
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (unchanged is not null)
        {
            foreach (var folder in unchanged.FolderMtimes.Keys.Where(f => f.Length > 0))
            {
                var parent = Parent(folder);
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }

                list.Add(parent.Length == 0 ? folder : folder[(parent.Length + 1)..]);
            }
        }

        Walk(_output, string.Empty);
        Removed = removed;

        // Returns whether the folder is empty once its stale entries are gone. Folders with many subfolders
        // (briefings/2025/ holds one per briefing) are walked in parallel.
        bool Walk(string folder, string relative)
        {
            var kept = 0;
            var changed = 0; // entries removed here: the folder's time moves
            long? now = null;
            string[] folders;
            if (unchanged is not null && unchanged.FolderMtimes.TryGetValue(relative, out var mtime) && (now = FolderMtime(folder)) == mtime)
            {
                // Exactly what the snapshot's build left, and it produced the same files: nothing here is stale.
                kept = 1;
                folders = children.TryGetValue(relative, out var known) ? [.. known] : [];
            }
            else
            {
                var entries = new System.IO.Enumeration.FileSystemEnumerable<(string Name, bool IsDirectory)>(folder,
                    (ref System.IO.Enumeration.FileSystemEntry e) => (e.FileName.ToString(), e.IsDirectory),
                    new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false }).ToArray();
                foreach (var (name, isDirectory) in entries)
                {
                    if (isDirectory)
                    {
                        continue;
                    }

                    if (_produced.ContainsKey(relative.Length == 0 ? name : relative + "/" + name))
                    {
                        kept++;
                    }
                    else
                    {
                        File.Delete(Path.Combine(folder, name));
                        Interlocked.Increment(ref removed);
                        changed = 1;
                    }
                }

                folders = entries.Where(e => e.IsDirectory).Select(e => e.Name).ToArray();
            }

            void Visit(string name)
            {
                if (relative.Length == 0 && name == KeepFolder)
                {
                    Interlocked.Increment(ref kept); // written after publishing by its own step (the search index)
                    return;
                }

                var path = Path.Combine(folder, name);
                if (Walk(path, relative.Length == 0 ? name : relative + "/" + name))
                {
                    Directory.Delete(path);
                    Interlocked.Exchange(ref changed, 1);
                }
                else
                {
                    Interlocked.Increment(ref kept);
                }
            }

            if (folders.Length > 16)
            {
                Parallel.ForEach(folders, Visit);
            }
            else
            {
                foreach (var name in folders)
                {
                    Visit(name);
                }
            }

            if (changed != 0)
            {
                _touched.TryAdd(folder, true);
            }

            if (kept > 0)
            {
                _walked[relative] = changed == 0 && now is { } same ? same : Directory.GetLastWriteTimeUtc(folder).Ticks;
            }

            return kept == 0;
        }
    }

    /// <summary>Counts a file staged through <see cref="Create"/>, or drops it when the output already holds its bytes.</summary>
    private void Staged(string stagedPath, string publishedPath)
    {
        if (_incremental && SameFiles(stagedPath, publishedPath))
        {
            File.Delete(stagedPath);
            Interlocked.Increment(ref _unchanged);
        }
        else
        {
            Interlocked.Increment(ref _written);
        }
    }

    private static bool SameFiles(string a, string b)
    {
        var left = new FileInfo(a);
        var right = new FileInfo(b);
        if (!right.Exists || left.Length != right.Length)
        {
            return false;
        }

        return File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
    }

    /// <summary>
    /// A file written directly into the staging folder, through a 64 KiB buffer rented from the shared pool (a new buffer
    /// per feed was 20 of the 294 MB a 1,000-briefing build allocated: 413 feeds); reported to its owner when disposed.
    /// Write-only and forward-only, as the feed writers use it.
    /// </summary>
    private sealed class StagedFile(OutputFolder owner, string path, string publishedPath) : Stream
    {
        private const int BufferSize = 64 * 1024;

        private readonly Microsoft.Win32.SafeHandles.SafeFileHandle _handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        private byte[]? _buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(BufferSize);
        private int _buffered;
        private long _flushed;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => _buffer is not null;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _flushed + _buffered;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            ObjectDisposedException.ThrowIf(_buffer is null, this);
            if (buffer.Length > _buffer.Length - _buffered)
            {
                Flush();
                if (buffer.Length >= _buffer.Length)
                {
                    RandomAccess.Write(_handle, buffer, _flushed);
                    _flushed += buffer.Length;
                    return;
                }
            }

            buffer.CopyTo(_buffer.AsSpan(_buffered));
            _buffered += buffer.Length;
        }

        public override void WriteByte(byte value) => Write([value]);

        public override void Flush()
        {
            if (_buffer is not null && _buffered > 0)
            {
                RandomAccess.Write(_handle, _buffer.AsSpan(0, _buffered), _flushed);
                _flushed += _buffered;
                _buffered = 0;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && _buffer is { } buffer)
            {
                try
                {
                    Flush();
                }
                finally
                {
                    _buffer = null;
                    _handle.Dispose();
                    System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                }

                owner.Staged(path, publishedPath);
            }

            base.Dispose(disposing);
        }
    }
}

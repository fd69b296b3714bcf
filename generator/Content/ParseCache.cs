using System.Collections.Concurrent;
using Briefing.Caching;
using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// Parsed briefings from the previous build, keyed by path and a hash of the file's bytes: an unchanged file skips
/// decoding, YAML and validation, and gives back exactly the diagnostics it gave before. A file whose size and
/// modification time are still those it had when it was hashed is not even read again (editors' saves and git
/// checkouts change the mtime; nanosecond mtimes on ext4). The editorial checks of a
/// briefing are kept too, keyed also by the registry names they search the body for.
/// Stored in <c>.briefing/cache/briefings.bin</c>; a cache written by another generator build, or unreadable, is
/// ignored (and rewritten).
/// </summary>
internal sealed partial class ParseCache
{
    private const string Magic = "briefing-parse-cache-7";

    /// <summary>Entries per block: blocks are encoded and decoded in parallel.</summary>
    private const int BlockSize = 512;

    /// <summary>About what one entry takes encoded, with room to spare (gen-corpus briefings: ~1.2 KB).</summary>
    private const int EntryBytesEstimate = 1536;
    private readonly string? _file;
    private readonly Dictionary<string, Entry> _previous;
    private readonly ConcurrentDictionary<string, Entry> _current = new(StringComparer.Ordinal);

    /// <summary>The entries this build parsed or changed: a block of the file holding none of them is written again as it was read.</summary>
    private readonly ConcurrentDictionary<string, byte> _dirty = new(StringComparer.Ordinal);
    private int _changes;

    /// <summary>The file as read, and each block's place in it with the paths of its entries (empty when not read from a file).</summary>
    private byte[] _read = [];
    private Block[] _blocks = [];

    private readonly record struct Block(int Offset, int Length, string[] Paths);

    private ParseCache(string? file, Dictionary<string, Entry> previous, bool remembers = false)
    {
        _file = file;
        _previous = previous;
        _remembers = remembers || file is not null;
    }

    /// <summary>Whether entries are kept (for the cache file, or for serve's next load in memory).</summary>
    private readonly bool _remembers;

    /// <summary>
    /// The cache for the next load in this process: this load's entries become the previous ones, with no file read.
    /// It is written to <paramref name="folder"/> by <see cref="Save"/> (null: kept in memory only). Its changes
    /// count from this cache's last save, so that saving it writes what this one did not.
    /// </summary>
    public ParseCache Next(string? folder) =>
        new(folder is null ? null : Path.Combine(folder, "briefings.bin"), new Dictionary<string, Entry>(_current, StringComparer.Ordinal), remembers: true)
        {
            _changes = _changes + (_current.Count == _previous.Count ? 0 : 1),
        };

    /// <summary>A cache that remembers nothing and writes nothing.</summary>
    public static ParseCache None { get; } = new(null, new Dictionary<string, Entry>(StringComparer.Ordinal));

    /// <summary>Reads the cache of <paramref name="folder"/>; an empty cache when there is none or it cannot be used.</summary>
    /// <param name="loadBody">Reads the body of a cached briefing (path relative to the site, start in its text) when it is needed.</param>
    public static ParseCache Open(string? folder, Func<string, int, string> loadBody)
    {
        if (folder is null)
        {
            return None;
        }

        var file = Path.Combine(folder, "briefings.bin");
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        using var reader = BuildStamp.OpenCache(file, Magic);
        if (reader is not null)
        {
            try
            {
                var buffer = ((MemoryStream)reader.BaseStream).GetBuffer();
                var blocks = new (int Offset, int Length)[BuildStamp.ReadCount(reader)];
                var offset = (int)reader.BaseStream.Position + (sizeof(int) * blocks.Length);
                for (var i = 0; i < blocks.Length; i++)
                {
                    var length = reader.ReadInt32();
                    blocks[i] = (offset, length);
                    offset += length;
                }

                if (offset > reader.BaseStream.Length)
                {
                    throw new EndOfStreamException("truncated cache");
                }

                var decoded = new Entry[blocks.Length][];
                var read = new Block[blocks.Length];
                Parallel.For(0, blocks.Length, b =>
                {
                    using var block = new BinaryReader(new MemoryStream(buffer, blocks[b].Offset, blocks[b].Length, writable: false), System.Text.Encoding.UTF8);
                    var items = new Entry[BuildStamp.ReadCount(block)];
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = ReadEntry(block, loadBody);
                    }

                    decoded[b] = items;
                    read[b] = new Block(blocks[b].Offset, blocks[b].Length, Array.ConvertAll(items, e => e.Path));
                });
                foreach (var entry in decoded.SelectMany(items => items))
                {
                    entries[entry.Path] = entry;
                }

                return new ParseCache(file, entries) { _read = buffer, _blocks = read };
            }
            catch (Exception ex) when (BuildStamp.IsCorrupt(ex))
            {
                entries.Clear();
            }
        }

        return new ParseCache(file, entries);
    }

    /// <summary>The cached parse of <paramref name="path"/> when the file still has the size and mtime it was hashed with.</summary>
    public bool TryGet(string path, FileStamp stamp, out ParsedArticle? article, out IReadOnlyList<Diagnostic> diagnostics)
    {
        if (stamp.Mtime != 0 && _previous.TryGetValue(path, out var entry) && entry.Stamp == stamp)
        {
            _current[path] = entry;
            (article, diagnostics) = (entry.Article, entry.Diagnostics);
            return true;
        }

        (article, diagnostics) = (null, []);
        return false;
    }

    /// <summary>The cached parse of <paramref name="path"/> when its bytes hash to <paramref name="hash"/> (now with <paramref name="stamp"/>).</summary>
    public bool TryGet(string path, UInt128 hash, FileStamp stamp, out ParsedArticle? article, out IReadOnlyList<Diagnostic> diagnostics)
    {
        if (_previous.TryGetValue(path, out var entry) && entry.Hash == hash)
        {
            if (entry.Stamp != stamp && _remembers)
            {
                entry = new Entry(path, hash, stamp, entry.Article, entry.Diagnostics) { NamesKey = entry.NamesKey, Checks = entry.Checks };
                _dirty[path] = 0;
                Interlocked.Increment(ref _changes);
            }

            _current[path] = entry;
            (article, diagnostics) = (entry.Article, entry.Diagnostics);
            return true;
        }

        (article, diagnostics) = (null, []);
        return false;
    }

    public void Put(string path, UInt128 hash, FileStamp stamp, ParsedArticle? article, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (!_remembers)
        {
            return;
        }

        _current[path] = new Entry(path, hash, stamp, article, diagnostics.ToArray());
        _dirty[path] = 0;
        Interlocked.Increment(ref _changes);
    }

    /// <summary>The editorial-check diagnostics of a briefing read this build, when they were found with the same registry names.</summary>
    public IReadOnlyList<Diagnostic>? Checks(string path, UInt128 namesKey) =>
        _current.TryGetValue(path, out var entry) && entry.Checks is { } checks && entry.NamesKey == namesKey ? checks : null;

    public void PutChecks(string path, UInt128 namesKey, IReadOnlyList<Diagnostic> checks)
    {
        if (_remembers && _current.TryGetValue(path, out var entry))
        {
            entry.NamesKey = namesKey;
            entry.Checks = checks.ToArray();
            _dirty[path] = 0;
            Interlocked.Increment(ref _changes);
        }
    }

    /// <summary>Writes the entries of this build's files (dropping deleted ones) when anything changed.</summary>
    public void Save()
    {
        if (_file is null || (_changes == 0 && _current.Count == _previous.Count))
        {
            return;
        }

        _changes = 0;

        try
        {
            BuildStamp.WriteAtomically(_file, stream =>
            {
                using var writer = BuildStamp.CreateCache(stream, Magic);
                var entries = _current.Values.OrderBy(e => e.Path, StringComparer.Ordinal).ToArray();
                var blocks = new ArraySegment<byte>[(entries.Length + BlockSize - 1) / BlockSize];
                var reused = new Block?[blocks.Length];
                Parallel.For(0, blocks.Length, b =>
                {
                    var items = entries.AsSpan(b * BlockSize, Math.Min(BlockSize, entries.Length - (b * BlockSize)));
                    if (Unchanged(b, items) is { } same)
                    {
                        reused[b] = same;
                        return;
                    }

                    // Sized for the block at once (entries are ~1.2 KB): a stream grown by doubling allocated ~4 times the block.
                    using var memory = new MemoryStream(items.Length * EntryBytesEstimate);
                    using (var block = new BinaryWriter(memory, System.Text.Encoding.UTF8, leaveOpen: true))
                    {
                        block.Write(items.Length);
                        foreach (var entry in items)
                        {
                            WriteEntry(block, entry);
                        }
                    }

                    blocks[b] = new ArraySegment<byte>(memory.GetBuffer(), 0, (int)memory.Length);
                });
                writer.Write(blocks.Length);
                for (var b = 0; b < blocks.Length; b++)
                {
                    writer.Write(reused[b]?.Length ?? blocks[b].Count);
                }

                for (var b = 0; b < blocks.Length; b++)
                {
                    writer.Write(reused[b] is { } same ? _read.AsSpan(same.Offset, same.Length) : blocks[b].AsSpan());
                }
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs the next build time, never correctness.
        }
    }

    /// <summary>
    /// Block <paramref name="index"/> of the file as read, when it holds exactly <paramref name="items"/> and none of them
    /// changed: its bytes are what encoding them gives (one body edit rewrites one block of ~20, not the 12 MB).
    /// </summary>
    private Block? Unchanged(int index, ReadOnlySpan<Entry> items)
    {
        if (index >= _blocks.Length || _blocks[index].Paths.Length != items.Length)
        {
            return null;
        }

        var block = _blocks[index];
        for (var i = 0; i < items.Length; i++)
        {
            if (!string.Equals(block.Paths[i], items[i].Path, StringComparison.Ordinal) || _dirty.ContainsKey(items[i].Path))
            {
                return null;
            }
        }

        return block;
    }

    private sealed class Entry(string path, UInt128 hash, FileStamp stamp, ParsedArticle? article, IReadOnlyList<Diagnostic> diagnostics)
    {
        public string Path { get; } = path;

        public UInt128 Hash { get; } = hash;

        public FileStamp Stamp { get; } = stamp;

        public ParsedArticle? Article { get; } = article;

        public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

        public UInt128 NamesKey { get; set; }

        public IReadOnlyList<Diagnostic>? Checks { get; set; }
    }
}

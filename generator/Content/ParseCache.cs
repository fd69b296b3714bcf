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
internal sealed class ParseCache
{
    private const string Magic = "briefing-parse-cache-5";

    /// <summary>Entries per block: blocks are encoded and decoded in parallel.</summary>
    private const int BlockSize = 512;
    private readonly string? _file;
    private readonly Dictionary<string, Entry> _previous;
    private readonly ConcurrentDictionary<string, Entry> _current = new(StringComparer.Ordinal);
    private int _changes;

    private ParseCache(string? file, Dictionary<string, Entry> previous)
    {
        _file = file;
        _previous = previous;
    }

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
                var blocks = new (int Offset, int Length)[reader.ReadInt32()];
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
                Parallel.For(0, blocks.Length, b =>
                {
                    using var block = new BinaryReader(new MemoryStream(buffer, blocks[b].Offset, blocks[b].Length, writable: false), System.Text.Encoding.UTF8);
                    var items = new Entry[block.ReadInt32()];
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = ReadEntry(block, loadBody);
                    }

                    decoded[b] = items;
                });
                foreach (var entry in decoded.SelectMany(items => items))
                {
                    entries[entry.Path] = entry;
                }
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
            if (entry.Stamp != stamp && _file is not null)
            {
                entry = new Entry(path, hash, stamp, entry.Article, entry.Diagnostics) { NamesKey = entry.NamesKey, Checks = entry.Checks };
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
        if (_file is null)
        {
            return;
        }

        _current[path] = new Entry(path, hash, stamp, article, diagnostics.ToArray());
        Interlocked.Increment(ref _changes);
    }

    /// <summary>The editorial-check diagnostics of a briefing read this build, when they were found with the same registry names.</summary>
    public IReadOnlyList<Diagnostic>? Checks(string path, UInt128 namesKey) =>
        _current.TryGetValue(path, out var entry) && entry.Checks is { } checks && entry.NamesKey == namesKey ? checks : null;

    public void PutChecks(string path, UInt128 namesKey, IReadOnlyList<Diagnostic> checks)
    {
        if (_file is not null && _current.TryGetValue(path, out var entry))
        {
            entry.NamesKey = namesKey;
            entry.Checks = checks.ToArray();
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

        try
        {
            BuildStamp.WriteAtomically(_file, stream =>
            {
                using var writer = BuildStamp.CreateCache(stream, Magic);
                var entries = _current.Values.OrderBy(e => e.Path, StringComparer.Ordinal).ToArray();
                var blocks = new byte[(entries.Length + BlockSize - 1) / BlockSize][];
                Parallel.For(0, blocks.Length, b =>
                {
                    using var memory = new MemoryStream();
                    using (var block = new BinaryWriter(memory, System.Text.Encoding.UTF8, leaveOpen: true))
                    {
                        var items = entries.AsSpan(b * BlockSize, Math.Min(BlockSize, entries.Length - (b * BlockSize)));
                        block.Write(items.Length);
                        foreach (var entry in items)
                        {
                            WriteEntry(block, entry);
                        }
                    }

                    blocks[b] = memory.ToArray();
                });
                writer.Write(blocks.Length);
                foreach (var block in blocks)
                {
                    writer.Write(block.Length);
                }

                foreach (var block in blocks)
                {
                    writer.Write(block);
                }
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs the next build time, never correctness.
        }
    }

    /// <summary>A file's size and last-write time (UTC ticks) when it was read.</summary>
    public readonly record struct FileStamp(long Length, long Mtime)
    {
        public static FileStamp Of(string file)
        {
            var info = new FileInfo(file);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : default;
        }
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

    private static void WriteEntry(BinaryWriter w, Entry e)
    {
        w.Write(e.Path);
        WriteHash(w, e.Hash);
        w.Write(e.Stamp.Length);
        w.Write(e.Stamp.Mtime);
        WriteDiagnostics(w, e.Diagnostics);
        w.Write(e.Checks is not null);
        if (e.Checks is not null)
        {
            WriteHash(w, e.NamesKey);
            WriteDiagnostics(w, e.Checks);
        }

        w.Write(e.Article is not null);
        if (e.Article is not { } a)
        {
            return;
        }

        var spans = new SpanCodec(e.Path);
        w.Write(a.SourcePath);
        spans.Write(w, a.Slug);
        w.Write(a.Title);
        WriteDate(w, a.Date);
        w.Write(a.Updated.HasValue);
        if (a.Updated is { } updated)
        {
            WriteDate(w, updated);
        }

        w.Write(a.Summary);
        spans.Write(w, a.SummarySpan);
        foreach (var list in new[] { a.Companies, a.People, a.Tags })
        {
            w.Write(list.Count);
            foreach (var item in list)
            {
                spans.Write(w, item);
            }
        }

        w.Write(a.Moves.Count);
        foreach (var m in a.Moves)
        {
            WriteMove(w, m.Move, spans);
            spans.Write(w, m.Span);
            spans.WriteOptional(w, m.Person);
            spans.Write(w, m.From);
            spans.WriteOptional(w, m.To);
        }

        w.Write(a.Sources.Count);
        foreach (var source in a.Sources)
        {
            w.Write(source.Name);
            WriteOptional(w, source.Url?.OriginalString);
        }

        spans.Write(w, a.SourcesSpan);
        w.Write(a.Draft);
        WriteHash(w, a.Body.Hash);
        w.Write(a.BodyStart);
        if (a.BodyStart < 0)
        {
            w.Write(a.Body.Text);
        }

        w.Write(a.BodyLine);
        w.Write(a.IsComplete);
        w.Write(a.Autolink);
        WriteHash(w, a.FrontMatterHash);
    }

    private static Entry ReadEntry(BinaryReader r, Func<string, int, string> loadBody)
    {
        var path = r.ReadString();
        var hash = ReadHash(r);
        var stamp = new FileStamp(r.ReadInt64(), r.ReadInt64());
        var diagnostics = ReadDiagnostics(r);
        UInt128 namesKey = default;
        IReadOnlyList<Diagnostic>? checks = null;
        if (r.ReadBoolean())
        {
            namesKey = ReadHash(r);
            checks = ReadDiagnostics(r);
        }

        ParsedArticle? article = null;
        if (r.ReadBoolean())
        {
            var spans = new SpanCodec(path);
            var sourcePath = r.ReadString();
            var slug = spans.ReadLocated(r);
            var title = r.ReadString();
            var date = ReadDate(r);
            PublishDate? updated = r.ReadBoolean() ? ReadDate(r) : null;
            var summary = r.ReadString();
            var summarySpan = spans.Read(r);
            var lists = new IReadOnlyList<Located<string>>[3];
            for (var l = 0; l < 3; l++)
            {
                var items = new Located<string>[r.ReadInt32()];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = spans.ReadLocated(r);
                }

                lists[l] = items;
            }

            var moves = new ParsedMove[r.ReadInt32()];
            for (var i = 0; i < moves.Length; i++)
            {
                var move = ReadMove(r, spans);
                moves[i] = new ParsedMove(move, spans.Read(r), spans.ReadOptional(r), spans.ReadLocated(r), spans.ReadOptional(r));
            }

            var sources = new SourceLink[r.ReadInt32()];
            for (var i = 0; i < sources.Length; i++)
            {
                var name = r.ReadString();
                var url = ReadOptional(r);
                sources[i] = new SourceLink(name, url is null ? null : new Uri(url, UriKind.RelativeOrAbsolute));
            }

            var sourcesSpan = spans.Read(r);
            var draft = r.ReadBoolean();
            var bodyHash = ReadHash(r);
            var bodyStart = r.ReadInt32();
            var body = bodyStart < 0 ? new BodyText(r.ReadString()) : new BodyText(bodyHash, () => loadBody(sourcePath, bodyStart));
            var bodyLine = r.ReadInt32();
            var complete = r.ReadBoolean();
            var autolink = r.ReadBoolean();
            var frontMatterHash = ReadHash(r);
            article = new ParsedArticle(sourcePath, slug, title, date, updated, summary, summarySpan, lists[0], lists[1], lists[2], moves,
                sources, sourcesSpan, draft, body, bodyLine, complete)
            {
                Autolink = autolink, FrontMatterHash = frontMatterHash, BodyStart = bodyStart,
            };
        }

        return new Entry(path, hash, stamp, article, diagnostics) { NamesKey = namesKey, Checks = checks };
    }

    private static void WriteMove(BinaryWriter w, Move m, SpanCodec spans)
    {
        WriteOptional(w, m.Person);
        w.Write(m.Count.HasValue);
        if (m.Count is { } count)
        {
            w.Write(count);
        }

        WriteOptional(w, m.Who);
        w.Write(m.From);
        WriteOptional(w, m.To);
        WriteOptional(w, m.Role);
        w.Write((int)m.Kind);
        w.Write(m.Date.DayNumber);
        w.Write(m.Span.HasValue);
        if (m.Span is { } span)
        {
            spans.Write(w, span);
        }
    }

    private static Move ReadMove(BinaryReader r, SpanCodec spans)
    {
        var person = ReadOptional(r);
        int? count = r.ReadBoolean() ? r.ReadInt32() : null;
        var who = ReadOptional(r);
        var from = r.ReadString();
        var to = ReadOptional(r);
        var role = ReadOptional(r);
        var kind = (MoveKind)r.ReadInt32();
        var date = DateOnly.FromDayNumber(r.ReadInt32());
        SourceSpan? span = r.ReadBoolean() ? spans.Read(r) : null;
        return new Move(person, count, who, from, to, role, kind, date) { Span = span };
    }

    private static void WriteDate(BinaryWriter w, PublishDate date)
    {
        w.Write(date.Instant.Ticks);
        w.Write((short)date.Instant.Offset.TotalMinutes);
        w.Write(date.HasTime);
    }

    private static PublishDate ReadDate(BinaryReader r)
    {
        var ticks = r.ReadInt64();
        var offset = TimeSpan.FromMinutes(r.ReadInt16());
        return new PublishDate(new DateTimeOffset(ticks, offset), r.ReadBoolean());
    }

    private static readonly Dictionary<string, DiagnosticCode> Codes = DiagnosticCodes.All.ToDictionary(c => c.Id, StringComparer.Ordinal);

    private static void WriteDiagnostics(BinaryWriter w, IReadOnlyList<Diagnostic> diagnostics)
    {
        w.Write(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            w.Write((byte)d.Severity);
            w.Write(d.Code.Id);
            w.Write(d.Message);
            w.Write(d.Span.Path);
            w.Write(d.Span.Line);
            w.Write(d.Span.Column);
        }
    }

    private static Diagnostic[] ReadDiagnostics(BinaryReader r)
    {
        var items = new Diagnostic[r.ReadInt32()];
        for (var i = 0; i < items.Length; i++)
        {
            var severity = (Severity)r.ReadByte();
            var code = Codes[r.ReadString()];
            var message = r.ReadString();
            items[i] = new Diagnostic(severity, code, message, new SourceSpan(r.ReadString(), r.ReadInt32(), r.ReadInt32()));
        }

        return items;
    }

    internal static void WriteHash(BinaryWriter w, UInt128 hash)
    {
        w.Write((ulong)(hash >> 64));
        w.Write((ulong)hash);
    }

    internal static UInt128 ReadHash(BinaryReader r) => new(r.ReadUInt64(), r.ReadUInt64());

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    /// <summary>Spans almost always point into the entry's own file: its path is written once, not per span.</summary>
    private sealed class SpanCodec(string path)
    {
        public void Write(BinaryWriter w, SourceSpan span)
        {
            var own = span.Path == path;
            w.Write(own);
            if (!own)
            {
                w.Write(span.Path);
            }

            w.Write(span.Line);
            w.Write(span.Column);
        }

        public SourceSpan Read(BinaryReader r)
        {
            var file = r.ReadBoolean() ? path : r.ReadString();
            return new SourceSpan(file, r.ReadInt32(), r.ReadInt32());
        }

        public void Write(BinaryWriter w, Located<string> value)
        {
            w.Write(value.Value);
            Write(w, value.Span);
        }

        public Located<string> ReadLocated(BinaryReader r) => new(r.ReadString(), Read(r));

        public void WriteOptional(BinaryWriter w, Located<string>? value)
        {
            w.Write(value.HasValue);
            if (value is { } v)
            {
                Write(w, v);
            }
        }

        public Located<string>? ReadOptional(BinaryReader r) => r.ReadBoolean() ? ReadLocated(r) : null;
    }
}

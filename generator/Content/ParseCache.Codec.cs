using Briefing.Caching;
using Briefing.Model;

namespace Briefing.Content;

/// <summary>The binary form of a cache entry: a parsed briefing, its diagnostics and checks.</summary>
internal sealed partial class ParseCache
{
    private static void WriteEntry(BinaryWriter w, Entry e)
    {
        w.Write(e.Path);
        BuildStamp.WriteHash(w, e.Hash);
        e.Stamp.Write(w);
        WriteDiagnostics(w, e.Diagnostics);
        w.Write(e.Checks is not null);
        if (e.Checks is not null)
        {
            BuildStamp.WriteHash(w, e.NamesKey);
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
        BuildStamp.WriteHash(w, a.Body.Hash);
        w.Write(a.BodyStart);
        if (a.BodyStart < 0)
        {
            w.Write(a.Body.Text);
        }

        w.Write(a.BodyLine);
        w.Write(a.IsComplete);
        w.Write(a.Autolink);
        BuildStamp.WriteHash(w, a.FrontMatterHash);
        w.Write(a.Authors.Count);
        foreach (var author in a.Authors)
        {
            spans.Write(w, author);
        }

        w.Write(a.WordCount);
        w.Write(a.Corrections.Count);
        foreach (var correction in a.Corrections)
        {
            WriteDate(w, correction.Date);
            w.Write(correction.Text);
            w.Write(correction.Number);
        }

        spans.Write(w, a.DateSpan);
        w.Write(a.Aliases.Count);
        foreach (var alias in a.Aliases)
        {
            w.Write(alias.Route);
            spans.Write(w, alias.Span);
        }

        WriteImages(w, a, spans);
    }

    private static Entry ReadEntry(BinaryReader r, Func<string, int, string> loadBody)
    {
        var path = r.ReadString();
        var hash = BuildStamp.ReadHash(r);
        var stamp = FileStamp.Read(r);
        var diagnostics = ReadDiagnostics(r);
        UInt128 namesKey = default;
        IReadOnlyList<Diagnostic>? checks = null;
        if (r.ReadBoolean())
        {
            namesKey = BuildStamp.ReadHash(r);
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
                var items = new Located<string>[BuildStamp.ReadCount(r)];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = spans.ReadLocated(r);
                }

                lists[l] = items;
            }

            var moves = new ParsedMove[BuildStamp.ReadCount(r)];
            for (var i = 0; i < moves.Length; i++)
            {
                var move = ReadMove(r, spans);
                moves[i] = new ParsedMove(move, spans.Read(r), spans.ReadOptional(r), spans.ReadLocated(r), spans.ReadOptional(r));
            }

            var sources = new SourceLink[BuildStamp.ReadCount(r)];
            for (var i = 0; i < sources.Length; i++)
            {
                var name = r.ReadString();
                var url = ReadOptional(r);
                sources[i] = new SourceLink(name, url is null ? null : new Uri(url, UriKind.RelativeOrAbsolute));
            }

            var sourcesSpan = spans.Read(r);
            var draft = r.ReadBoolean();
            var bodyHash = BuildStamp.ReadHash(r);
            var bodyStart = r.ReadInt32();
            var body = bodyStart < 0 ? new BodyText(r.ReadString()) : new BodyText(bodyHash, () => loadBody(sourcePath, bodyStart));
            var bodyLine = r.ReadInt32();
            var complete = r.ReadBoolean();
            var autolink = r.ReadBoolean();
            var frontMatterHash = BuildStamp.ReadHash(r);
            var authors = new Located<string>[BuildStamp.ReadCount(r)];
            for (var i = 0; i < authors.Length; i++)
            {
                authors[i] = spans.ReadLocated(r);
            }

            var wordCount = r.ReadInt32();
            var corrections = new Correction[BuildStamp.ReadCount(r)];
            for (var i = 0; i < corrections.Length; i++)
            {
                corrections[i] = new Correction(ReadDate(r), r.ReadString(), r.ReadInt32());
            }

            var dateSpan = spans.Read(r);
            var aliases = new UrlAlias[BuildStamp.ReadCount(r)];
            for (var i = 0; i < aliases.Length; i++)
            {
                aliases[i] = new UrlAlias(r.ReadString(), spans.Read(r));
            }

            var (image, imageFiles) = ReadImages(r, spans);
            article = new ParsedArticle(sourcePath, slug, title, date, updated, summary, summarySpan, lists[0], lists[1], lists[2], moves,
                sources, sourcesSpan, draft, body, bodyLine, complete)
            {
                Autolink = autolink, FrontMatterHash = frontMatterHash, BodyStart = bodyStart, Authors = authors, WordCount = wordCount, Corrections = corrections,
                DateSpan = dateSpan, Aliases = aliases, Image = image, ImageFiles = imageFiles,
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

    /// <summary>Diagnostics in a cache file (also the site snapshot's, <see cref="Caching.SiteSnapshot"/>).</summary>
    internal static void WriteDiagnostics(BinaryWriter w, IReadOnlyList<Diagnostic> diagnostics)
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

    internal static Diagnostic[] ReadDiagnostics(BinaryReader r)
    {
        var items = new Diagnostic[BuildStamp.ReadCount(r)];
        for (var i = 0; i < items.Length; i++)
        {
            var severity = (Severity)r.ReadByte();
            var code = Codes[r.ReadString()];
            var message = r.ReadString();
            items[i] = new Diagnostic(severity, code, message, new SourceSpan(r.ReadString(), r.ReadInt32(), r.ReadInt32()));
        }

        return items;
    }

    internal static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    internal static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

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

using System.Globalization;
using Briefing.Model;

namespace Briefing.Content;

/// <summary>Reads one briefing file: split, YAML, shape checks. Registry slugs are resolved later.</summary>
internal static class ArticleParser
{
    private static readonly string[] Keys =
        ["title", "date", "updated", "slug", "summary", "companies", "people", "tags", "moves", "sources", "draft", "autolink", "authors", CorrectionReader.Key, "aliases", "image"];

    private static readonly string[] MoveKeys = ["person", "count", "who", "from", "to", "role", "kind", "date"];
    private static readonly string[] SourceKeys = ["name", "url"];

    /// <summary>The parsed briefing, or null when it has errors (all of which are in <paramref name="diagnostics"/>).</summary>
    public static ParsedArticle? Parse(ReadOnlySpan<char> text, string relativePath, DiagnosticBag diagnostics)
    {
        if (FrontMatter.Read(text, relativePath, "a briefing", diagnostics) is not var (front, root))
        {
            return null;
        }

        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        var r = new MappingReader(root, relativePath, front.YamlLine, diagnostics, Keys);
        var title = r.String("title", required: true);
        var date = ReadDate(r, "date", required: true);
        var updated = ReadDate(r, "updated", required: false);
        var summary = r.String("summary", required: true);
        var draft = r.Bool("draft") ?? false;

        var fileSlug = BundleSlug(relativePath);
        var slug = r.String("slug") ?? new Located<string>(fileSlug, SourceSpan.File(relativePath));
        if (!Slug.IsValid(slug.Value))
        {
            diagnostics.Error(DiagnosticCodes.InvalidSlug, slug.Span,
                $"slug '{slug.Value}' is not a safe URL segment: use lowercase letters, digits and single hyphens"
                + (r.Has("slug") ? string.Empty : " (it comes from the file name; rename the file or set 'slug')"));
        }
        else if (date is { } day && Routes.IsArchiveSegment(slug.Value))
        {
            ArchiveSlugs.Report(slug, day.Value, r.Has("slug"), diagnostics);
        }

        var companies = SlugList(r, "companies");
        var people = SlugList(r, "people");
        var tags = SlugList(r, "tags");
        var authors = SlugList(r, "authors");
        var sources = r.MappingList("sources", SourceKeys)
            .Select(s => (Name: s.String("name", required: true), Url: UrlValue.Parse(s.String("url"), "url", diagnostics)))
            .Where(s => s.Name is not null)
            .Select(s => new SourceLink(s.Name!.Value.Value, s.Url))
            .ToArray();

        if (date is { } d && updated is { } u && u.Value.CompareTo(d.Value) < 0)
        {
            diagnostics.Error(DiagnosticCodes.UpdatedBeforeDate, u.Span,
                $"'updated' ({u.Value.ToIso()}) is earlier than 'date' ({d.Value.ToIso()})");
        }

        var moves = r.MappingList("moves", MoveKeys)
            .Select(m => ReadMove(m, date?.Value, people))
            .OfType<ParsedMove>()
            .ToArray();

        var corrections = CorrectionReader.Read(r, date?.Value);
        var aliases = AliasList.Read(r);
        UnsafeLinks.Check(front.Body, relativePath, front.BodyLine, diagnostics);
        var imageFiles = new List<Located<string>>();
        var hero = ImageReader.Hero(r, imageFiles);
        imageFiles.AddRange(ImageReader.Body(front.Body, relativePath, front.BodyLine, diagnostics));

        // An article with errors is still returned (incomplete), so its slugs are resolved too and every
        // problem of the file is reported in one run; the assembler never publishes it.
        var complete = diagnostics.Items.Count(x => x.IsError) == errorsBefore && title is not null && date is not null && summary is not null;
        return new ParsedArticle(relativePath, slug, title?.Value ?? string.Empty, date?.Value ?? default, updated?.Value,
            summary?.Value ?? string.Empty, summary?.Span ?? r.SpanOfKey("summary"), companies, people, tags, moves, sources,
            r.SpanOfKey("sources"), draft, new BodyText(front.Body), front.BodyLine, complete)
        {
            Autolink = r.Bool("autolink") ?? true, Authors = authors, Corrections = corrections, WordCount = WordCounter.Count(front.Body),
            Aliases = aliases, DateSpan = date?.Span ?? r.SpanOfKey("date"), Image = hero, ImageFiles = imageFiles,
        };
    }

    /// <summary>The slug a file gives: its name, or its folder's for a bundle (<c>YYYY/&lt;slug&gt;/index.md</c>, images beside it).</summary>
    internal static string BundleSlug(string relativePath)
    {
        var name = Path.GetFileNameWithoutExtension(relativePath);
        return name == "index" && Path.GetFileName(Path.GetDirectoryName(relativePath)) is { Length: > 0 } folder ? folder : name;
    }

    private static IReadOnlyList<Located<string>> SlugList(MappingReader r, string key)
    {
        var list = r.StringList(key);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Located<string>>(list.Count);
        foreach (var item in list)
        {
            if (!Slug.IsValid(item.Value))
            {
                r.Diagnostics.Error(DiagnosticCodes.InvalidSlug, item.Span,
                    $"'{item.Value}' in '{key}' is not a slug (lowercase letters, digits, single hyphens)"
                    + (Slug.IsValid(item.Value.ToLowerInvariant()) ? $"; did you mean '{item.Value.ToLowerInvariant()}'?" : string.Empty));
            }
            else if (seen.Add(item.Value))
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static Located<PublishDate>? ReadDate(MappingReader r, string key, bool required)
    {
        var value = r.String(key, required);
        if (value is not { } text)
        {
            return null;
        }

        if (PublishDate.TryParse(text.Value.Trim(), out var date))
        {
            return new Located<PublishDate>(date, text.Span);
        }

        r.Diagnostics.Error(DiagnosticCodes.InvalidDate, text.Span,
            $"'{key}' is not an ISO 8601 date: '{text.Value}' (write 2025-06-26 or 2025-06-26T09:00:00Z)");
        return null;
    }

    private static ParsedMove? ReadMove(MappingReader m, PublishDate? articleDate, IReadOnlyList<Located<string>> people)
    {
        var bag = m.Diagnostics;
        var person = m.String("person");
        var count = m.PositiveInt("count");
        var who = m.String("who");
        var from = m.String("from", required: true);
        var to = m.String("to");
        var role = m.String("role");
        var kindText = m.String("kind", required: true);
        var dateText = m.String("date", required: true);

        MoveKind? kind = null;
        if (kindText is { } k)
        {
            if (TryKind(k.Value, out var parsed))
            {
                kind = parsed;
            }
            else
            {
                var hint = Suggest.Closest(k.Value.ToLowerInvariant(), ["hire", "departure", "promotion", "poach"]);
                bag.Error(DiagnosticCodes.UnknownMoveKind, k.Span,
                    $"unknown move kind '{k.Value}' (use hire, departure, promotion or poach{(hint is null ? string.Empty : $"; did you mean '{hint}'?")})");
            }
        }

        DateOnly? date = null;
        if (dateText is { } dt)
        {
            if (PublishDate.TryParse(dt.Value.Trim(), out var pd))
            {
                date = pd.Day;
                if (articleDate is { } ad && pd.Day > ad.Day)
                {
                    bag.Error(DiagnosticCodes.MoveAfterBriefing, dt.Span,
                        $"move date {pd.Day:yyyy-MM-dd} is after the briefing's date {ad.Day:yyyy-MM-dd}; a briefing reports moves that already happened");
                }
            }
            else
            {
                bag.Error(DiagnosticCodes.InvalidDate, dt.Span, $"move 'date' is not an ISO 8601 date: '{dt.Value}' (write 2025-06-26)");
            }
        }

        if (person is null && count is null)
        {
            bag.Error(DiagnosticCodes.MissingField, m.Span, "a move names a 'person', or a 'count' and 'who' when the reports name nobody");
        }
        else if (person is not null && (count is not null || who is not null))
        {
            bag.Error(DiagnosticCodes.InvalidMove, m.SpanOfKey(count is not null ? "count" : "who"),
                "a move names either a 'person' or a group ('count' and 'who'), not both");
        }
        else if (person is null && who is null)
        {
            bag.Error(DiagnosticCodes.MissingField, m.SpanOfKey("count"), "a group move needs 'who' (for example \"OpenAI researchers\")");
        }

        foreach (var slug in new[] { person, from, to })
        {
            if (slug is { } s && !Slug.IsValid(s.Value))
            {
                bag.Error(DiagnosticCodes.InvalidSlug, s.Span, $"'{s.Value}' is not a slug (lowercase letters, digits, single hyphens)");
            }
        }

        if (person is { } p && Slug.IsValid(p.Value) && !people.Any(x => x.Value == p.Value))
        {
            bag.Error(DiagnosticCodes.MovePersonNotListed, p.Span, $"move names '{p.Value}', who is missing from this briefing's 'people'; add them there");
        }

        if (kind is { } kv && from is { } f)
        {
            CheckKindRules(kv, f, to, m, bag);
        }

        if (kind is null || from is null || date is null)
        {
            return null;
        }

        var move = new Move(person?.Value, count?.Value, who?.Value, from.Value.Value, to?.Value, role?.Value, kind.Value, date.Value);
        return new ParsedMove(move, m.Span, person, from.Value, to);
    }

    private static void CheckKindRules(MoveKind kind, Located<string> from, Located<string>? to, MappingReader m, DiagnosticBag bag)
    {
        var name = kind.ToString().ToLower(CultureInfo.InvariantCulture);
        switch (kind)
        {
            case MoveKind.Promotion when to is { } t && t.Value != from.Value:
                bag.Error(DiagnosticCodes.InvalidMove, t.Span,
                    $"a promotion stays inside one company: 'to' ('{t.Value}') must be the same as 'from' ('{from.Value}')");
                break;
            case MoveKind.Promotion when to is null:
                bag.Error(DiagnosticCodes.InvalidMove, m.SpanOfKey("kind"), $"a promotion stays inside one company: set 'to: {from.Value}'");
                break;
            case MoveKind.Hire or MoveKind.Poach when to is null:
                bag.Error(DiagnosticCodes.InvalidMove, m.SpanOfKey("to"),
                    $"a {name} names the company the person joined in 'to'; only a departure may leave it undisclosed");
                break;
            case MoveKind.Hire or MoveKind.Poach when to is { } t && t.Value == from.Value:
                bag.Error(DiagnosticCodes.InvalidMove, t.Span,
                    $"a {name} moves between two different companies, but 'from' and 'to' are both '{t.Value}' (use kind: promotion for an internal move)");
                break;
        }
    }

    private static bool TryKind(string text, out MoveKind kind)
    {
        MoveKind? parsed = text switch
        {
            "hire" => MoveKind.Hire,
            "departure" => MoveKind.Departure,
            "promotion" => MoveKind.Promotion,
            "poach" => MoveKind.Poach,
            _ => null,
        };
        kind = parsed.GetValueOrDefault();
        return parsed.HasValue;
    }
}

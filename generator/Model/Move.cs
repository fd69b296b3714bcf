using System.Globalization;

namespace Briefing.Model;

/// <summary>One talent move recorded in a briefing's front matter.</summary>
/// <param name="Person">Registry slug of the person, or null for a group move (then <see cref="Count"/> and <see cref="Who"/>).</param>
/// <param name="To">Destination company slug, or null when undisclosed.</param>
public sealed record Move(
    string? Person,
    int? Count,
    string? Who,
    string From,
    string? To,
    string? Role,
    MoveKind Kind,
    DateOnly Date)
{
    public bool IsGroup => Person is null;

    /// <summary>Where the move is written in its briefing's front matter, for diagnostics; null when unknown.</summary>
    public SourceSpan? Span { get; init; }

    /// <summary>Who moved: the person's slug, or "3 OpenAI researchers" for a group move.</summary>
    public string Mover => Person ?? $"{Count} {Who}";

    // The parts of the key, get-only: no `with` can change one and leave the key stale.
    public string? Person { get; } = Person;

    public int? Count { get; } = Count;

    public string? Who { get; } = Who;

    public string From { get; } = From;

    public string? To { get; } = To;

    public DateOnly Date { get; } = Date;

    /// <summary>
    /// What makes two reports the same move: who moved (person, or count and description), from, to and date.
    /// Stable across builds, so it also names the move in the moves feed. Made once, with the move, as one string:
    /// indexing, merging, sorting and the views each read it (a key joined from pieces on every read was ~4% of a
    /// one-edit rebuild's memory).
    /// </summary>
    public string Key { get; } = KeyOf(Person, Count, Who, From, To, Date);

    /// <summary>"person:&lt;slug&gt;" or "group:&lt;count&gt;:&lt;who&gt;", then "|from|to (or ~)|yyyy-MM-dd".</summary>
    private static string KeyOf(string? person, int? count, string? who, string from, string? to, DateOnly date)
    {
        var digits = person is null && count is { } n ? CountDigits(n) : 0;
        var head = person is null ? "group:".Length + digits + 1 + (who?.Length ?? 0) : "person:".Length + person.Length;
        return string.Create(head + 1 + from.Length + 1 + (to?.Length ?? 1) + 1 + 10, (person, count, who, from, to, date), static (span, s) =>
        {
            var at = 0;
            if (s.person is not null)
            {
                Put(span, "person:", ref at);
                Put(span, s.person, ref at);
            }
            else
            {
                Put(span, "group:", ref at);
                if (s.count is { } c)
                {
                    c.TryFormat(span[at..], out var written, default, CultureInfo.InvariantCulture);
                    at += written;
                }

                Put(span, ":", ref at);
                Put(span, s.who, ref at);
            }

            Put(span, "|", ref at);
            Put(span, s.from, ref at);
            Put(span, "|", ref at);
            Put(span, s.to ?? "~", ref at);
            Put(span, "|", ref at);
            s.date.TryFormat(span[at..], out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        });
    }

    private static int CountDigits(int n)
    {
        Span<char> digits = stackalloc char[11];
        n.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        return written;
    }

    private static void Put(Span<char> span, ReadOnlySpan<char> text, ref int at)
    {
        text.CopyTo(span[at..]);
        at += text.Length;
    }
}

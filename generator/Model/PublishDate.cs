using System.Globalization;

namespace Briefing.Model;

/// <summary>An ISO 8601 date from front matter; <see cref="HasTime"/> is false for a plain <c>YYYY-MM-DD</c>.</summary>
public readonly record struct PublishDate(DateTimeOffset Instant, bool HasTime) : IComparable<PublishDate>
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    /// <summary>Parses <c>2025-06-26</c>, <c>2025-06-26T09:00:00Z</c>, <c>2025-06-26T09:00+02:00</c>; no offset means UTC.</summary>
    public static bool TryParse(string text, out PublishDate date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = new PublishDate(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), false);
            return true;
        }

        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var instant))
        {
            date = new PublishDate(instant, true);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>The calendar day in the date's own offset.</summary>
    public DateOnly Day => DateOnly.FromDateTime(Instant.DateTime);

    public int CompareTo(PublishDate other) => Instant.CompareTo(other.Instant);

    public static bool operator <(PublishDate a, PublishDate b) => a.CompareTo(b) < 0;

    public static bool operator >(PublishDate a, PublishDate b) => a.CompareTo(b) > 0;

    public static bool operator <=(PublishDate a, PublishDate b) => a.CompareTo(b) <= 0;

    public static bool operator >=(PublishDate a, PublishDate b) => a.CompareTo(b) >= 0;

    /// <summary>RFC 3339 with the original offset (<c>2025-06-26T09:00:00+00:00</c>).</summary>
    public string ToIso() => Instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}

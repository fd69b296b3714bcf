using System.Globalization;

namespace Briefing.Model;

/// <summary>
/// An ISO 8601 week (Monday to Sunday; week 1 holds the year's first Thursday), written <c>2025-W26</c>: the unit of
/// the weekly digest. Week 2025-W01 starts on Monday 2024-12-30.
/// </summary>
public readonly record struct IsoWeek(int Year, int Week) : IComparable<IsoWeek>
{
    /// <summary>The week <paramref name="day"/> falls in.</summary>
    public static IsoWeek Of(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(date), ISOWeek.GetWeekOfYear(date));
    }

    /// <summary>
    /// The week a briefing dated <paramref name="date"/> belongs to in <paramref name="zone"/>: a date with a time is
    /// converted into the zone first; a plain date (<c>2025-06-29</c>) is that calendar day wherever the site is.
    /// </summary>
    public static IsoWeek Of(PublishDate date, TimeZoneInfo zone) =>
        Of(date.HasTime ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(date.Instant, zone).DateTime) : date.Day);

    /// <summary>The week running at <paramref name="now"/> in <paramref name="zone"/>.</summary>
    public static IsoWeek At(DateTimeOffset now, TimeZoneInfo zone) => Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime));

    /// <summary>Parses <c>2025-W26</c> (exactly that shape, a week that exists in its year).</summary>
    public static bool TryParse(string text, out IsoWeek week)
    {
        week = default;
        if (text.Length != 8 || text[4] != '-' || text[5] != 'W'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 1 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new IsoWeek(year, number);
        return true;
    }

    /// <summary>The week's first day.</summary>
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    /// <summary>The week's last day.</summary>
    public DateOnly Sunday => Monday.AddDays(6);

    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    public static bool operator <(IsoWeek a, IsoWeek b) => a.CompareTo(b) < 0;

    public static bool operator >(IsoWeek a, IsoWeek b) => a.CompareTo(b) > 0;

    public static bool operator <=(IsoWeek a, IsoWeek b) => a.CompareTo(b) <= 0;

    public static bool operator >=(IsoWeek a, IsoWeek b) => a.CompareTo(b) >= 0;

    /// <summary><c>2025-W26</c>: the week's URL segment and file name.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");
}

using System.Globalization;
using Briefing.Model;

namespace Briefing.Rendering;

/// <summary>Dates as pages show them: "26 June 2025", in the invariant calendar, never the wall clock.</summary>
public static class DisplayDates
{
    public static string Human(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Human(PublishDate date) => Human(date.Day);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>For a <c>datetime</c> attribute: the full instant when the front matter gave a time, else the day.</summary>
    public static string Iso(PublishDate date) => date.HasTime ? date.ToIso() : Iso(date.Day);
}

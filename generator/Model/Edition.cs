namespace Briefing.Model;

/// <summary>
/// One week of the digest: its briefings (newest first), the moves they first reported, and the editor's intro.
/// A finished edition has a page, an email and a feed item; the running week's is "this week so far".
/// </summary>
/// <param name="Moves">The moves first reported this week, newest first.</param>
/// <param name="Finished">Whether the week has ended (see <see cref="Digest.IsFinished"/>).</param>
public sealed record Edition(IsoWeek Week, IReadOnlyList<Article> Articles, IReadOnlyList<MoveReport> Moves, DigestIntro? Intro, bool Finished)
{
    /// <summary>The edition's title: the editor's, or "Week 26, 2025: 30 June – 6 July".</summary>
    public string Title => Intro?.Title ?? DefaultTitle(Week);

    /// <summary>The edition's page, <c>/digest/2025-W26/</c>.</summary>
    public string Url => Routes.Digest(Week);

    /// <summary>The generated title of a week's edition.</summary>
    public static string DefaultTitle(IsoWeek week) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Week {week.Week}, {week.Year}: {Range(week)}");

    /// <summary>"30 December 2024 – 5 January 2025", "23–29 June 2025", "30 June – 6 July 2025".</summary>
    public static string Range(IsoWeek week)
    {
        var (from, to) = (week.Monday, week.Sunday);
        var c = System.Globalization.CultureInfo.InvariantCulture;
        return from.Year != to.Year ? $"{from.ToString("d MMMM yyyy", c)} – {to.ToString("d MMMM yyyy", c)}"
            : from.Month != to.Month ? $"{from.ToString("d MMMM", c)} – {to.ToString("d MMMM yyyy", c)}"
            : $"{from.Day}–{to.ToString("d MMMM yyyy", c)}";
    }
}

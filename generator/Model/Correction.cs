using System.Globalization;

namespace Briefing.Model;

/// <summary>
/// A correction or update printed on a briefing (front matter <c>corrections:</c>): when it was made and what it says.
/// </summary>
/// <param name="Date">When the correction was made: on or after the briefing's date.</param>
/// <param name="Text">Markdown, rendered inline (links and emphasis; unsafe link schemes dropped like a body's).</param>
/// <param name="Number">1-based among the briefing's corrections of the same day, in front-matter order: with the day it
/// makes the correction's anchor and feed id, which adding a correction on another day never changes.</param>
public sealed record Correction(PublishDate Date, string Text, int Number)
{
    /// <summary>The correction's element id on its briefing page: <c>correction-2025-06-27-1</c>.</summary>
    public string Anchor => $"correction-{Date.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{Number}";

    /// <summary>
    /// The date a briefing shows as updated: its own <c>updated</c>, or its newest correction when that is later (a
    /// correction is an update news sites must show); null when the briefing was never updated after its date.
    /// </summary>
    public static PublishDate? EffectiveUpdated(PublishDate date, PublishDate? updated, IReadOnlyList<Correction> corrections)
    {
        var effective = updated;
        foreach (var correction in corrections)
        {
            if (correction.Date > (effective ?? date))
            {
                effective = correction.Date;
            }
        }

        return effective;
    }
}

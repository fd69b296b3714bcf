using Briefing.Model;

namespace Briefing.Content;

/// <summary>Reads front matter <c>corrections:</c>, a list of <c>{date, text}</c>, and checks each one.</summary>
internal static class CorrectionReader
{
    public const string Key = "corrections";

    private static readonly string[] Keys = ["date", "text"];

    /// <summary>The valid corrections, oldest first (a stable sort: one day's keep their order and numbers).</summary>
    /// <param name="briefingDate">The briefing's date, or null when it is missing or invalid (then no order is checked).</param>
    public static IReadOnlyList<Correction> Read(MappingReader r, PublishDate? briefingDate)
    {
        var bag = r.Diagnostics;
        var read = new List<(PublishDate Date, string Text)>();
        foreach (var item in r.MappingList(Key, Keys))
        {
            var dateText = item.String("date", required: true);
            var text = item.String("text");
            PublishDate? date = null;
            if (dateText is { } dt)
            {
                if (PublishDate.TryParse(dt.Value.Trim(), out var parsed))
                {
                    date = parsed;
                    if (briefingDate is { } b && IsBefore(parsed, b))
                    {
                        bag.Error(DiagnosticCodes.CorrectionBeforeBriefing, dt.Span,
                            $"this correction is dated {Show(parsed)}, before the briefing it corrects ({Show(b)}); a correction comes after publication");
                        date = null;
                    }
                }
                else
                {
                    bag.Error(DiagnosticCodes.InvalidDate, dt.Span,
                        $"correction 'date' is not an ISO 8601 date: '{dt.Value}' (write 2025-06-27 or 2025-06-27T10:00:00Z)");
                }
            }

            if (text is null || string.IsNullOrWhiteSpace(text.Value.Value))
            {
                bag.Error(DiagnosticCodes.EmptyCorrection, text?.Span ?? item.SpanOfKey("text"),
                    "this correction has no 'text'; say what was wrong and what is right (Markdown is allowed)");
                continue;
            }

            UnsafeLinks.CheckText(text.Value.Value, text.Value.Span, bag);
            if (date is { } d)
            {
                read.Add((d, text.Value.Value.Trim()));
            }
        }

        var numbered = new List<Correction>(read.Count);
        foreach (var (date, text) in read)
        {
            numbered.Add(new Correction(date, text, numbered.Count(c => c.Date.Day == date.Day) + 1));
        }

        return numbered.OrderBy(c => c.Date).ToArray();
    }

    /// <summary>Before the briefing: by the instant when both have a time of day, else by the calendar day.</summary>
    private static bool IsBefore(PublishDate correction, PublishDate briefing) =>
        correction.HasTime && briefing.HasTime ? correction.Instant < briefing.Instant : correction.Day < briefing.Day;

    private static string Show(PublishDate date) => date.HasTime ? date.ToIso() : date.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

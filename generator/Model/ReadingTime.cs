namespace Briefing.Model;

/// <summary>How long a briefing takes to read, from its word count: deterministic, at least one minute.</summary>
public static class ReadingTime
{
    /// <summary>Words a reader reads in a minute: the usual figure for news prose.</summary>
    public const int WordsPerMinute = 220;

    /// <summary>Minutes to read <paramref name="words"/> words, rounded to the nearest minute, never less than 1.</summary>
    public static int Minutes(int words) => Math.Max(1, (words + WordsPerMinute / 2) / WordsPerMinute);
}

namespace Briefing.Tests.Cli;

/// <summary>
/// A clock whose "now" is fixed and whose timestamps move <see cref="Step"/> on every reading, so every build stage
/// seems to take longer than the progress threshold (timers still run in real time).
/// </summary>
internal sealed class CrawlingTime(DateTimeOffset now) : TimeProvider
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(2);

    private long ticks;

    public override DateTimeOffset GetUtcNow() => now;

    public override long GetTimestamp() => Interlocked.Add(ref ticks, (long)(Step.TotalSeconds * TimestampFrequency));
}

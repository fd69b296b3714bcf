namespace Briefing.Tests.Cli;

/// <summary>A clock that always says the same time (timers still run in real time, so serve's debounce works).</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

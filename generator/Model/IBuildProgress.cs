namespace Briefing.Model;

/// <summary>
/// Where a build says what it is doing, for a progress display: the stage it starts and, in long stages, how many of
/// how many items are done. Calls must stay cheap: <see cref="Advance"/> runs once per page from many threads, so an
/// implementation counts with an interlocked add and reads the count on its own schedule, never writing per call.
/// </summary>
public interface IBuildProgress
{
    /// <summary>A stage starts (and the one before it ends); its count starts at zero with no total.</summary>
    void Stage(string name);

    /// <summary>How many items the current stage will count.</summary>
    void Total(int total);

    /// <summary>One item of the current stage is done. Thread-safe.</summary>
    void Advance();
}

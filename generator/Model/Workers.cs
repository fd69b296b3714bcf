namespace Briefing.Model;

/// <summary>
/// How many threads a long parallel stage of a build (parsing, pages, social cards) runs on at most. Without a bound,
/// <c>Parallel.For</c>'s workers hold the thread pool's threads for the whole stage, the pool reads that as starvation
/// and adds a thread every second or so: the longer the stage, the more threads (12 at the start of a 50,000-briefing
/// build, 66 by the end of its pages), each with its page buffers, its card painter, objects in flight that the
/// collections promote, and a stack the GC must suspend and scan. Four per core keeps a core busy while others wait on
/// the disk (docs/performance.md, thirteenth session).
/// </summary>
public static class Workers
{
    /// <summary>At most four threads per core.</summary>
    public static int Max => Math.Max(2, Environment.ProcessorCount * 4);

    /// <summary>Options for a stage's <c>Parallel.For</c>: <see cref="Max"/> workers.</summary>
    public static ParallelOptions Options() => new() { MaxDegreeOfParallelism = Max };
}

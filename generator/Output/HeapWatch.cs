using System.Runtime;

namespace Briefing.Output;

/// <summary>
/// Keeps a large build's heap near what it holds alive. After loading, the last full collection finds the model live
/// (~750 MB at 50,000 briefings), and the GC then lets the old generation grow by about as much again before its next
/// full collection: everything the pages stage's collections promote (objects a page still held) piles up there as
/// garbage, and a 50,000-briefing build peaked with ~500 MB of it. Between pages, and between stages, this collects the
/// whole heap when it has grown by a third of the live set (at least 256 MiB) since the last full collection:
/// a 10,000-briefing build never grows that much (docs/performance.md, thirteenth session).
/// </summary>
internal sealed class HeapWatch
{
    private const long Floor = 256L << 20;
    private const int PagesPerCheck = 500;
    private int _ticks;

    /// <summary>One page done: every few hundred, <see cref="Check"/>.</summary>
    public void Tick()
    {
        if (Interlocked.Increment(ref _ticks) % PagesPerCheck == 0)
        {
            Check();
        }
    }

    /// <summary>Collects the whole heap (compacting) if it grew past its bound; not inside a no-GC region.</summary>
    public static void Check()
    {
        var full = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        if (full.Index == 0 || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return;
        }

        var live = full.PromotedBytes;
        if (GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes > live + Math.Max(Floor, live / 3))
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }
}

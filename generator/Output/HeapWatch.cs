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

    /// <summary>The growth over the live set past which <see cref="Settle"/> collects: above what a 10,000-briefing build grows.</summary>
    private const long SettleFloor = 128L << 20;
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
    public static void Check() => CollectPast(Floor, 3);

    /// <summary>
    /// Once the pages are written, and again before the build waits for its cards: collects the whole heap (compacting) if
    /// it grew by an eighth of the live set (at least 128 MiB) since the last full collection. What the pages promoted is
    /// garbage by then (and the cached includes are forgotten): at 50,000 briefings the heap is ~1,120 MiB of which ~530
    /// live, and the feeds, the digest, the build cache and the site snapshot allocated on top of it: each of those stages
    /// was the build's peak in one run or another. After the collection they reuse the freed space (docs/performance.md,
    /// nineteenth session). A 10,000-briefing build grows by ~90 MiB at most: nothing changes there.
    /// </summary>
    public static void Settle() => CollectPast(SettleFloor, 8);

    /// <summary>
    /// Collects the whole heap (compacting) when it grew by more than the live set divided by <paramref name="share"/>, and
    /// at least <paramref name="floor"/> bytes, since the last full collection; never inside a no-GC region.
    /// </summary>
    private static void CollectPast(long floor, long share)
    {
        var full = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        if (full.Index == 0 || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return;
        }

        var live = full.PromotedBytes;
        if (GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes > live + Math.Max(floor, live / share))
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }
}

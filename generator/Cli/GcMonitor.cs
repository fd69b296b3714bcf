using System.Globalization;

namespace Briefing.Cli;

/// <summary>
/// For <c>build --timings</c>: which garbage collections a build paid for, by kind. The runtime reports only the last
/// collection of each kind (<see cref="GC.GetGCMemoryInfo(GCKind)"/>), so a background thread polls every millisecond
/// and records each collection once by its index; the few that end between two polls are counted, not measured.
/// </summary>
internal sealed class GcMonitor : IDisposable
{
    private readonly Thread _thread;
    private readonly Dictionary<long, GCMemoryInfo> _seen = [];
    private readonly long _firstIndex;
    private volatile bool _stop;

    private GcMonitor()
    {
        _firstIndex = GC.GetGCMemoryInfo(GCKind.Any).Index;
        _thread = new Thread(Poll) { IsBackground = true, Name = "gc-monitor", Priority = ThreadPriority.AboveNormal };
        _thread.Start();
    }

    public static GcMonitor Start() => new();

    private void Poll()
    {
        while (!_stop)
        {
            Record();
            Thread.Sleep(1);
        }

        Record();
    }

    private void Record()
    {
        foreach (var kind in (ReadOnlySpan<GCKind>)[GCKind.Ephemeral, GCKind.FullBlocking, GCKind.Background])
        {
            var info = GC.GetGCMemoryInfo(kind);
            if (info.Index > _firstIndex)
            {
                _seen.TryAdd(info.Index, info);
            }
        }
    }

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }

    /// <summary>One line per kind and generation: collections seen, pause, bytes promoted; then those not seen.</summary>
    public IEnumerable<string> Report()
    {
        Dispose();
        var last = GC.GetGCMemoryInfo(GCKind.Any).Index;
        foreach (var group in _seen.Values
                     .GroupBy(i => (i.Generation, Kind: i.Concurrent ? "background" : i.Generation == 2 ? "blocking" : "ephemeral", i.Compacted))
                     .OrderBy(g => g.Key.Generation).ThenBy(g => g.Key.Kind, StringComparer.Ordinal).ThenBy(g => g.Key.Compacted))
        {
            var pause = group.Sum(i => i.PauseDurations[0].TotalMilliseconds + i.PauseDurations[1].TotalMilliseconds);
            var promoted = group.Sum(i => i.PromotedBytes) >> 20;
            var heap = group.Max(i => i.HeapSizeBytes) >> 20;
            yield return string.Create(CultureInfo.InvariantCulture,
                $"  gen{group.Key.Generation} {group.Key.Kind}{(group.Key.Compacted ? " compacting" : string.Empty)}: {group.Count()} collections, paused {pause:F0} ms, promoted {promoted} MiB, heap up to {heap} MiB");
        }

        var missed = last - _firstIndex - _seen.Count;
        if (missed > 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"  ({missed} collections ended between two samples and are not in these lines)");
        }
    }
}

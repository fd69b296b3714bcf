using System.Runtime;
using Briefing.Content;
using Briefing.Output;

namespace Briefing.Cli;

/// <summary>One build: refuse an unsafe output folder, load the content (Content), then build it (Output).</summary>
public static class BuildPipeline
{
    /// <param name="keepSearchIndex">Leave the output's <c>pagefind/</c> in place (search is on and Pagefind will refresh it).</param>
    public static BuildResult Run(BuildRequest request, bool keepSearchIndex = false)
    {
        if (SiteBuilder.CheckOutput(request.SourceRoot, request.OutputDirectory) is { } refused)
        {
            return new BuildResult([refused], 0, 0, []);
        }

        // Over an existing output with a build cache most builds render little: loading dominates (see BudgetFor).
        var noGc = request.CacheFolder is not null && Directory.Exists(request.OutputDirectory) && StartNoGcRegion(BudgetFor(request));
        // A small site's full build allocates less than a region's budget: none of its collections runs (see SmallSite).
        var smallSite = !noGc && request.Memory is null && SmallSite(request.SourceRoot) && StartNoGcRegion(SmallSiteBudget);
        // The theme loads on a thread of its own meanwhile (serve keeps its parsed theme in memory instead).
        var drawsCards = request.Memory is null && BuildWarmup.DrawsCards(request);
        using var theme = request.Memory is null
            ? PreparedTheme.Start(request.SourceRoot, request.Theme, drawsCards, drawsCards ? new PreparedTheme.CardWorkerStart(() => BuildWarmup.CardWorkerFor(request), request.CacheFolder) : null)
            : null;
        Task? cachesSaved = null;
        try
        {
            // The parse and registry caches are written beside the build (waited for below).
            var load = SiteLoader.Load(Path.GetFullPath(request.SourceRoot),
                request.Options with { CacheFolder = request.CacheFolder, Known = request.Known, SaveCachesBeside = request.Memory is null }, request.Progress,
                request.Memory?.Load);
            cachesSaved = load.CachesSaved;
            var result = SiteBuilder.Build(request.SourceRoot, request.OutputDirectory, request.Theme, load.Model, load.Diagnostics, WithSnapshot(load.Timings, request.Known),
                request.CacheFolder, keepSearchIndex ? SearchIndexer.Folder : null, request.RecordsUrls, request.Progress, request.Memory?.Build, request.Known,
                noGc ? EndNoGcRegion : null, theme, saveCacheBeside: request.LastInProcess);
            return result with { ValidUntil = ValidUntil(load, request.Options.Now) };
        }
        finally
        {
            cachesSaved?.GetAwaiter().GetResult();
            if ((noGc || smallSite) && !request.LastInProcess)
            {
                EndNoGcRegion();
            }
        }
    }

    /// <summary>
    /// Waits for the snapshot check's output entries (checked beside the load: answered before the build writes into the
    /// output), and puts the check's times before the load's: its own, the output's on their thread, and the wait.
    /// </summary>
    private static IReadOnlyList<(string Stage, TimeSpan Elapsed)> WithSnapshot(IReadOnlyList<(string Stage, TimeSpan Elapsed)> timings, Caching.SnapshotCheck? known)
    {
        if (known is null)
        {
            return timings;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        known.Complete();
        var waited = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        return [("snapshot", known.Took), ("  (output, beside)", known.RestTook), ("  (waited for it)", waited), .. timings];
    }

    /// <summary>
    /// When the clock changes what these files build: the next scheduled briefing's date, or the start of the next
    /// week in the site's time zone (the digest's running week becomes an edition). Without a clock, never.
    /// </summary>
    private static DateTimeOffset ValidUntil(LoadResult load, DateTimeOffset? now)
    {
        if (now is not { } clock || load.Model is null)
        {
            return now is null ? DateTimeOffset.MaxValue : DateTimeOffset.MinValue;
        }

        var zone = Model.SiteTimeZone.Of(load.Model.Config);
        var monday = Model.IsoWeek.At(clock, zone).Monday.AddDays(7).ToDateTime(TimeOnly.MinValue);
        DateTimeOffset nextWeek;
        try
        {
            nextWeek = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(monday, zone), TimeSpan.Zero);
        }
        catch (ArgumentException)
        {
            nextWeek = new DateTimeOffset(monday.AddDays(-1), TimeSpan.Zero); // midnight skipped by a clock change: a day early
        }

        return load.NextScheduled is { } scheduled && scheduled < nextWeek ? scheduled : nextWeek;
    }

    /// <summary>
    /// The first bytes a build allocates, up to a budget, are never collected. Loading builds the model, a hundred
    /// megabytes and more at 10,000 briefings that all survive, so every collection while loading only copies live
    /// objects: without the region a no-op rebuild at 10,000 briefings spends ~0.3 s of its ~0.9 s in four full
    /// collections, with it none (docs/performance.md). A bigger build leaves the region when it has allocated the
    /// budget and is collected as usual from there. Cold builds don't start one: they gain nothing and would keep the
    /// budget's garbage (at 1,000 briefings peak RSS 305 MiB instead of 193).
    /// The budget is <see cref="NoGcBudget"/>, or <see cref="SmallEditBudget"/> when the site snapshot says that only a
    /// few briefings changed (<see cref="SmallEdit"/>): one body edit at 10,000 briefings allocates ~340 MB, so in
    /// 256 MB it left the region mid-build and its first collection copied the model (0.2–0.5 s of pause). A larger
    /// budget for every rebuild raised a registry edit's peak RSS to 604 MiB (512 MB), above a cold build's ~500 MiB.
    /// With <see cref="BuildRequest.LastInProcess"/> the region is left open: ending it would collect the build's
    /// garbage when the site snapshot is written, in the process's last moments (docs/performance.md, twelfth session).
    /// </summary>
    private static long BudgetFor(BuildRequest request) =>
        request.Known is { } known && SmallEdit(known, Path.GetFullPath(request.SourceRoot)) ? SmallEditBudget : NoGcBudget;

    /// <summary>
    /// Whether the site has fewer than <see cref="SmallSiteBriefings"/> briefings (Markdown files under
    /// <c>content/briefings/</c>, counted without a <c>stat</c> and no further than that): its full build then allocates
    /// less than <see cref="SmallSiteBudget"/> (1,000 briefings: ~295 MB), so in a no-GC region it runs no collection.
    /// Without one, 1,000 briefings paid three (two gen-0, one gen-1) of 90–130 ms in all, each stopping every thread of
    /// the build, the social cards included (drawn in the build below <see cref="BuildWarmup.CardWorkerBriefings"/>), while
    /// the other core waited (docs/performance.md, twenty-first session). The peak rises (~214 to ~355 MiB at 1,000);
    /// a larger site keeps the collector, whose memory its peak needs.
    /// </summary>
    internal static bool SmallSite(string sourceRoot) => BuildWarmup.CountBriefings(sourceRoot, SmallSiteBriefings) < SmallSiteBriefings;

    internal const int SmallSiteBriefings = 1250;

    private const long SmallSiteBudget = 400L << 20;

    /// <summary>Whether at most <see cref="SmallEditFiles"/> entries under <c>content/briefings/</c> changed, and nothing else.</summary>
    internal static bool SmallEdit(Caching.SnapshotCheck known, string siteRoot) =>
        known.OnlyChangedUnder(Path.Combine(siteRoot, "content", "briefings"), SmallEditFiles);

    private static bool StartNoGcRegion(long budget) => GCSettings.LatencyMode != GCLatencyMode.NoGCRegion
        && (TryStartNoGcRegion(budget) || (budget > NoGcBudget && TryStartNoGcRegion(NoGcBudget)) || TryStartNoGcRegion(NoGcBudget / 2));

    /// <summary>
    /// Ends the region (if the build has not left it already): when the build's fingerprint changed (a front-matter,
    /// registry or theme edit) it computes most pages' content keys and allocates far more than its budget (a title
    /// edit at 10,000 briefings ~800 MB); a region kept to its end would only raise the peak (506 MiB with 400 MB).
    /// </summary>
    private static void EndNoGcRegion()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // Left meanwhile: its budget ran out, a collection was induced, or another build in this process ended it.
            }
        }
    }

    private static bool TryStartNoGcRegion(long budget)
    {
        try
        {
            // disallowFullBlockingGC: the region starts without the full compacting collection it otherwise opens
            // with, which at that point only copies what the site snapshot's load left alive (8-12 ms at 10,000 briefings).
            return GC.TryStartNoGCRegion(budget, disallowFullBlockingGC: true);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or InvalidOperationException)
        {
            return false; // more than this runtime allows: less, or collect as usual
        }
    }

    private const long NoGcBudget = 256L << 20;

    private const long SmallEditBudget = 400L << 20;

    /// <summary>A few briefings saved (each a file, and its folder when the editor saves by renaming).</summary>
    private const int SmallEditFiles = 8;
}

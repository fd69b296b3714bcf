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

        // Over an existing output with a build cache most builds render little: loading dominates (see StartNoGcRegion).
        var noGc = request.CacheFolder is not null && Directory.Exists(request.OutputDirectory) && StartNoGcRegion();
        try
        {
            var load = SiteLoader.Load(Path.GetFullPath(request.SourceRoot), request.Options with { CacheFolder = request.CacheFolder }, request.Progress,
                request.Memory?.Load);
            var result = SiteBuilder.Build(request.SourceRoot, request.OutputDirectory, request.Theme, load.Model, load.Diagnostics, load.Timings,
                request.CacheFolder, keepSearchIndex ? SearchIndexer.Folder : null, request.RecordsUrls, request.Progress, request.Memory?.Build, request.Known);
            return result with { ValidUntil = ValidUntil(load, request.Options.Now) };
        }
        finally
        {
            if (noGc && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
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
    /// The first <see cref="NoGcBudget"/> bytes a build allocates are never collected. Loading builds the model, a
    /// few hundred megabytes at 10,000 briefings that all survive, so every collection while loading only copies
    /// live objects: without the region a no-op rebuild at 10,000 briefings spends ~0.3 s of its ~0.9 s in four
    /// full collections, with it none (docs/performance.md). A bigger build leaves the region when it has
    /// allocated the budget and is collected as usual from there. Cold builds don't start one: they gain nothing
    /// and would keep the budget's garbage (at 1,000 briefings peak RSS 305 MiB instead of 193).
    /// One body edit at 10,000 briefings allocates ~370–420 MB, so it leaves a 256 MB region mid-build and its first
    /// collection copies the model (0.4–0.6 s of pause). A 512 MB budget avoided that, but raised a registry edit's peak
    /// RSS to 604 MiB, above a cold build's 517 MiB, for no wall time measurable on this machine: 256 MB it stays.
    /// </summary>
    private static bool StartNoGcRegion() =>
        GCSettings.LatencyMode != GCLatencyMode.NoGCRegion && (StartNoGcRegion(NoGcBudget) || StartNoGcRegion(NoGcBudget / 2));

    private static bool StartNoGcRegion(long budget)
    {
        try
        {
            return GC.TryStartNoGCRegion(budget);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or InvalidOperationException)
        {
            return false; // more than this runtime allows: half of it, or collect as usual
        }
    }

    private const long NoGcBudget = 256L << 20;
}

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
            return SiteBuilder.Build(request.SourceRoot, request.OutputDirectory, request.Theme, load.Model, load.Diagnostics, load.Timings,
                request.CacheFolder, keepSearchIndex ? SearchIndexer.Folder : null, request.RecordsUrls, request.Progress, request.Memory?.Build);
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
    /// The first <see cref="NoGcBudget"/> bytes a build allocates are never collected. Loading builds the model, a
    /// few hundred megabytes at 10,000 briefings that all survive, so every collection while loading only copies
    /// live objects: without the region a no-op rebuild at 10,000 briefings spends ~0.3 s of its ~0.9 s in four
    /// full collections, with it none (docs/performance.md). A bigger build leaves the region when it has
    /// allocated the budget and is collected as usual from there. Cold builds don't start one: they gain nothing
    /// and would keep the budget's garbage (at 1,000 briefings peak RSS 305 MiB instead of 193).
    /// </summary>
    private static bool StartNoGcRegion()
    {
        try
        {
            return GCSettings.LatencyMode != GCLatencyMode.NoGCRegion && GC.TryStartNoGCRegion(NoGcBudget);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or InvalidOperationException)
        {
            return false; // more than this runtime allows: collect as usual
        }
    }

    private const long NoGcBudget = 256L << 20;
}

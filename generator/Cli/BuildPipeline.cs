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

        var load = SiteLoader.Load(Path.GetFullPath(request.SourceRoot), request.Options with { CacheFolder = request.CacheFolder });
        return SiteBuilder.Build(request.SourceRoot, request.OutputDirectory, request.Theme, load.Model, load.Diagnostics, load.Timings,
            request.CacheFolder, keepSearchIndex ? SearchIndexer.Folder : null);
    }
}

using System.Diagnostics;
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

        var clock = Stopwatch.StartNew();
        var load = SiteLoader.Load(Path.GetFullPath(request.SourceRoot), request.Options);
        return SiteBuilder.Build(request.SourceRoot, request.OutputDirectory, request.Theme, load.Model, load.Diagnostics, clock.Elapsed,
            keepSearchIndex ? SearchIndexer.Folder : null);
    }
}

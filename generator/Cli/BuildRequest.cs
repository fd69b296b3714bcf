using Briefing.Content;
using Briefing.Model;

namespace Briefing.Cli;

/// <summary>What to build: the site root (holding content/ and themes/), the output folder, and load options.</summary>
public sealed record BuildRequest(string SourceRoot, string OutputDirectory, LoadOptions Options, string Theme = "briefing")
{
    /// <summary>Whether the build reads and writes the build cache in <c>.briefing/cache/</c> under the source (<c>--no-cache</c> turns it off).</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>The cache folder this build uses, or null.</summary>
    public string? CacheFolder => UseCache ? Caching.BuildStamp.CacheFolder(Path.GetFullPath(SourceRoot)) : null;

    /// <summary>
    /// Whether the build records the URLs it published, for the next build's vanished-URL warnings; <c>serve</c> builds
    /// previews (drafts, slugs being typed), which never count as published.
    /// </summary>
    public bool RecordsUrls { get; init; } = true;

    /// <summary>The <c>BRIEFING_CARD_WORKER</c> setting: <c>0</c> never draws the cards in a worker process, <c>1</c>
    /// always does when it draws cards; otherwise the site's size decides (<see cref="BuildWarmup.CardWorkerFor"/>).</summary>
    public string? CardWorker { get; init; }

    /// <summary>Whether to index the built site with Pagefind (off unless the command line asks; <c>build</c> and <c>serve</c> do).</summary>
    public SearchSettings Search { get; init; } = SearchSettings.Off;

    /// <summary>Where the build reports its stages and counts (<c>build</c> on a terminal or in a log; nothing by default).</summary>
    public IBuildProgress Progress { get; init; } = NoProgress.Instance;

    /// <summary>What <c>serve</c> keeps between its rebuilds (null: a build that starts from the files and the build cache).</summary>
    public ServeMemory? Memory { get; init; }

    /// <summary>What checking the last build's site snapshot found (<see cref="UnchangedSite"/>), or null.</summary>
    public Caching.SnapshotCheck? Known { get; init; }

    /// <summary>
    /// The process ends after this build (<c>briefing build</c>): a no-GC region the build started is left open, so the
    /// garbage of a small rebuild is never collected (<see cref="BuildPipeline"/>); serve's builds end theirs. The render
    /// cache is written beside what the caller does next (<see cref="Output.BuildResult.Saving"/>: wait for it).
    /// </summary>
    public bool LastInProcess { get; init; }
}

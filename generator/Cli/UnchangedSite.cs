using System.Diagnostics;
using System.Globalization;
using Briefing.Caching;
using Briefing.Output;

namespace Briefing.Cli;

/// <summary>
/// <c>build</c> over a site whose files, settings and output are as the last successful build left them, before the
/// clock changes anything (<see cref="SiteSnapshot"/>): it prints what that build printed (its warnings, the same
/// counts, 0 written) without loading the site. Any difference, <c>--no-cache</c> or <c>serve</c> builds as usual.
/// </summary>
internal sealed class UnchangedSite
{
    private readonly string _cacheFolder;
    private readonly string _siteRoot;
    private readonly string _output;
    private readonly string _settings;
    private readonly bool _indexes;

    private UnchangedSite(string cacheFolder, BuildRequest request, PagefindLocator.Result? pagefind)
    {
        _cacheFolder = cacheFolder;
        _siteRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(request.SourceRoot));
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(request.OutputDirectory));
        _indexes = pagefind?.Found == true;
        var options = request.Options;
        _settings = string.Join('\n', request.Theme, _output, options.IncludeDrafts, options.IncludeFuture, options.BaseUrlOverride ?? "",
            request.Search.Enabled, pagefind?.Path ?? "");
    }

    /// <summary>The snapshot check for <paramref name="request"/>, or null when it builds without the cache.</summary>
    public static UnchangedSite? For(BuildRequest request, PagefindLocator.Result? pagefind) =>
        request.CacheFolder is { } folder && request.Memory is null ? new UnchangedSite(folder, request, pagefind) : null;

    /// <summary>The last build's answer, printed, when nothing changed since; otherwise null (and the snapshot is forgotten: the build will change the output).</summary>
    public BuildOutcome? TryReplay(DateTimeOffset now, bool quiet, bool showTimings, PagefindLocator.Result? pagefind, TextWriter stdout, TextWriter stderr)
    {
        var started = Stopwatch.StartNew();
        var last = SiteSnapshot.Load(_cacheFolder);
        // The output's entries are checked while the content loads when a content or theme file changed (no replay then).
        Known = last is not null && last.Settings == SiteSnapshot.SettingsOf(_settings) && last.Within(Roots) ? last.CheckContentFirst(_output) : null;
        if (Known is not null)
        {
            Known.Took = started.Elapsed;
        }

        if (last is null || now >= last.ValidUntil || Known is not { AllHold: true })
        {
            if (last is not null)
            {
                Forget();
            }

            return null;
        }

        var result = new BuildResult(last.Diagnostics, last.Pages, last.Files, [("unchanged", started.Elapsed)]) { Unchanged = last.Files };
        DiagnosticPrinter.Print(last.Diagnostics, stderr);
        if (showTimings)
        {
            BuildCommand.PrintTimings(result, stdout);
        }

        if (!quiet)
        {
            stdout.WriteLine(BuildCommand.Summary(result, _output, started.Elapsed));
            if (showTimings)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"rendered 0 of {last.Pages} pages, 0 feeds, 0 briefing bodies, 0 social cards; nothing changed since the last build (.briefing/cache/site-snapshot)"));
            }

            if (pagefind is not null)
            {
                stdout.WriteLine(pagefind.Found ? BuildCommand.SearchUpToDate : PagefindLocator.NotFoundNote);
            }
        }

        return new BuildOutcome(ExitCodes.Success, result, null);
    }

    /// <summary>
    /// What <see cref="TryReplay"/> found when it checked the last snapshot of a build with these settings (null: there
    /// was none): the build asks it instead of a <c>stat</c> for output files that held, and <see cref="Remember"/> lists
    /// only what changed since.
    /// </summary>
    public SnapshotCheck? Known { get; private set; }

    private void Forget()
    {
        try
        {
            SiteSnapshot.Forget(_cacheFolder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Its key no longer matches anyway.
        }
    }

    /// <summary>The folders a snapshot lists: the content, the themes and the output.</summary>
    private string[] Roots => [.. Sources, _output];

    private string[] Sources => [Path.Combine(_siteRoot, "content"), Path.Combine(_siteRoot, "themes")];

    /// <summary>The content and themes as listed when the build started (<see cref="ListSourcesEarly"/>), or null.</summary>
    private Task<IReadOnlyList<SiteSnapshot.Entry>?>? _sources;

    /// <summary>
    /// When the next snapshot will list the whole site (no earlier snapshot to refresh from): lists the content and the
    /// themes now, on a thread of their own, while the build loads them. A file saved while the build runs then has
    /// another time than the snapshot records, so the next build builds rather than answer with an output made from the
    /// file as it was; and the ~14,000 entries of a 10,000-briefing site's content are not listed at the end, on one core.
    /// </summary>
    /// <returns>The listing under way, or null when none is needed.</returns>
    public Task? ListSourcesEarly()
    {
        if (Known is null)
        {
            var sources = Sources;
            _sources = Task.Run(() => SiteSnapshot.List(sources));
        }

        return _sources;
    }

    /// <summary>Every entry of a snapshot made from scratch: the sources as listed early when they were, and the output now.</summary>
    private IReadOnlyList<SiteSnapshot.Entry>? ListAll(BuildResult result)
    {
        IReadOnlyList<SiteSnapshot.Entry>? sources;
        try
        {
            sources = _sources?.GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            sources = null;
            _sources = null; // listed again below, as it is now
        }

        if (_sources is null)
        {
            return SiteSnapshot.List(Roots, result.Stamps);
        }

        var output = sources is null ? null : SiteSnapshot.List([_output], result.Stamps);
        return output is null ? null : [.. sources!, .. output];
    }

    /// <summary>Records the output a successful build (and its search index) left, for the next build.</summary>
    public void Remember(BuildResult result)
    {
        try
        {
            var roots = Roots;
            if (!result.Repeatable)
            {
                return;
            }

            // The last snapshot, with what differed at the check and what this build changed (the folders publishing
            // touched, and the output's top when the search index may have been replaced after it) listed again.
            var entries = Known is not null && result.Touched is { } touched
                ? Known.Refresh(roots, _indexes ? [.. touched, _output] : touched)
                : ListAll(result);
            if (entries is not null)
            {
                new SiteSnapshot(SiteSnapshot.SettingsOf(_settings), result.ValidUntil, result.Pages, result.Files, result.Diagnostics, entries).Save(_cacheFolder);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only a shortcut: the next build then builds.
        }
    }
}

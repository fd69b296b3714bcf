using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Briefing.Content;
using Briefing.Output;

namespace Briefing.Cli;

/// <summary><c>briefing build</c>: content/ + theme → a complete static site.</summary>
public static class BuildCommand
{
    /// <summary>What a build that changed no page says of the search index.</summary>
    internal const string SearchUpToDate = "search index: pagefind/ up to date (no page changed)";

    /// <param name="environment">Search settings for a <c>--pagefind</c> value (the process environment, or a test's).</param>
    internal static Command Create(TextWriter stdout, TextWriter stderr, CliServices services, Func<string?, SearchSettings> environment)
    {
        var source = CommonOptions.Source();
        var output = new Option<DirectoryInfo?>("--output", "-o")
        {
            Description = "Where to write the site (default: public/ under the source). Replaced whole, only when the build succeeds.",
        };
        var drafts = CommonOptions.Drafts();
        var future = CommonOptions.Future();
        var baseUrl = new Option<string?>("--base-url") { Description = "Override base_url from content/site.yml (previews, branch deploys)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only warnings and errors." };
        var timings = new Option<bool>("--timings") { Description = "Print the time each build stage took." };
        var noCache = new Option<bool>("--no-cache")
        {
            Description = "Neither read nor write the build cache (.briefing/cache/): parse and render everything.",
        };
        var noSearch = CommonOptions.NoSearch();
        var pagefind = CommonOptions.Pagefind();

        var command = new Command("build", "Build the site from content/ into the output folder.")
        {
            source, output, drafts, future, baseUrl, quiet, timings, noCache, noSearch, pagefind,
        };
        command.SetAction(parse =>
        {
            var sourceDir = parse.GetValue(source)!.FullName;
            var outputDir = parse.GetValue(output)?.FullName ?? Path.Combine(sourceDir, "public");
            var options = new LoadOptions(parse.GetValue(drafts), parse.GetValue(baseUrl), parse.GetValue(future), services.Time.GetUtcNow());
            var request = new BuildRequest(sourceDir, outputDir, options)
            {
                UseCache = !parse.GetValue(noCache),
                Search = parse.GetValue(noSearch) ? SearchSettings.Off : environment(parse.GetValue(pagefind)?.FullName),
                CardWorker = services.Environment(BuildWarmup.CardWorkerVariable),
            };
            var isQuiet = parse.GetValue(quiet);
            return Execute(request, isQuiet, parse.GetValue(timings), stdout, stderr, services, "briefing build",
                isQuiet ? ProgressMode.None : services.Progress, standalone: true).Code;
        });
        return command;
    }

    /// <summary>Builds and prints the outcome; the result is null when writing failed (exit code 3).</summary>
    public static (int Code, BuildResult? Result) Execute(BuildRequest request, bool quiet, bool showTimings, TextWriter stdout, TextWriter stderr)
    {
        var outcome = Execute(request, quiet, showTimings, stdout, stderr, CliServices.System, "briefing build", ProgressMode.None);
        return (outcome.Code, outcome.Result);
    }

    /// <summary>
    /// Builds while holding the site's <see cref="BuildLock"/> (<paramref name="command"/> names this build to one
    /// that waits for it); the outcome's error is the line printed when there is no result. <paramref name="progress"/>
    /// says how the build shows its stages on <paramref name="stderr"/> while it runs (cleared before anything else is printed).
    /// </summary>
    /// <param name="standalone">A <c>briefing build</c> of its own (not serve's or digest's, which need the site loaded): it
    /// answers from the site snapshot when nothing changed (<see cref="UnchangedSite"/>), else warms up while it loads.</param>
    internal static BuildOutcome Execute(BuildRequest request, bool quiet, bool showTimings, TextWriter stdout, TextWriter stderr,
        CliServices services, string command, ProgressMode progress, bool standalone = false)
    {
        var started = Stopwatch.StartNew();
        using var gcMonitor = showTimings ? GcMonitor.Start() : null;
        var pagefind = request.Search.Enabled ? PagefindLocator.Locate(request.SourceRoot, request.Search) : null;
        if (pagefind?.Error is { } badPath)
        {
            stderr.WriteLine(badPath);
            return new BuildOutcome(ExitCodes.ContentErrors, null, badPath);
        }

        using var buildLock = BuildLock.Acquire(request.OutputDirectory, command, DisplayOutput(request), services.LockWait, stderr, out var busy);
        if (buildLock is null)
        {
            stderr.WriteLine(busy);
            return new BuildOutcome(ExitCodes.Failure, null, busy);
        }

        var unchanged = standalone ? UnchangedSite.For(request, pagefind) : null;
        if (unchanged?.TryReplay(services.Time.GetUtcNow(), quiet, showTimings, pagefind, stdout, stderr) is { } replayed)
        {
            return replayed;
        }

        if (standalone)
        {
            BuildWarmup.Start(request);
        }

        unchanged?.ListSourcesEarly();

        BuildResult result;
        using (var display = ProgressDisplay.Create(progress, stderr, services.Time))
        {
            try
            {
                var known = request with { Known = unchanged?.Known, LastInProcess = standalone };
                result = services.Build(display is null ? known : known with { Progress = display }, pagefind?.Found == true);
            }
            catch (Exception ex) when (WriteFailure(ex) is { } cause)
            {
                display?.Finish();
                var error = $"error: could not write the site: {cause.Message}";
                stderr.WriteLine(error);
                return new BuildOutcome(ExitCodes.Failure, null, error);
            }
        }

        DiagnosticPrinter.Print(result.Diagnostics, stderr);
        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count - errors;
        if (showTimings)
        {
            PrintTimings(result, stdout);
        }

        if (!result.Succeeded)
        {
            stderr.WriteLine($"build failed: {errors} error(s), {warnings} warning(s); {request.OutputDirectory} was left as it was");
            return new BuildOutcome(ExitCodes.ContentErrors, result, null);
        }

        if (!quiet)
        {
            stdout.WriteLine(Summary(result, request.OutputDirectory, started.Elapsed));
            if (showTimings)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"rendered {result.RenderedPages} of {result.Pages} pages, {result.RenderedFeeds} feeds, {result.RenderedBodies} briefing bodies, {result.RenderedDigest} digest files, {result.RenderedCards} social cards; the rest were unchanged since the last build (.briefing/cache/)"));
                using var process = System.Diagnostics.Process.GetCurrentProcess();
                var worker = result.CardWorkerPeak > 0 ? $" (and {result.CardWorkerPeak >> 20} MiB in the card worker: {(process.PeakWorkingSet64 + result.CardWorkerPeak) >> 20} MiB at most together)" : "";
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak memory (working set) {process.PeakWorkingSet64 >> 20} MiB{worker}; garbage collections gen0/gen1/gen2: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, allocated {GC.GetTotalAllocatedBytes() >> 20} MiB"));
                foreach (var line in gcMonitor!.Report())
                {
                    stdout.WriteLine(line);
                }
            }
        }

        var code = IndexSearch(request, pagefind, quiet, stdout, stderr);
        if (code == ExitCodes.Success)
        {
            unchanged?.Remember(result);
        }

        // The render cache was written beside the search index and the snapshot (a build of its own: the last in its process).
        result.Saving?.GetAwaiter().GetResult();
        return new BuildOutcome(code, result, null);
    }

    /// <summary>Each stage's time, one line each (<c>--timings</c>).</summary>
    internal static void PrintTimings(BuildResult result, TextWriter stdout)
    {
        foreach (var (stage, elapsed) in result.Timings)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-10} {elapsed.TotalMilliseconds,8:F1} ms"));
        }
    }

    /// <summary>The line a successful build ends with: what it built, where, how fast, and what it wrote.</summary>
    internal static string Summary(BuildResult result, string output, TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"built {result.Pages} pages, {result.Files} files into {output} in {elapsed.TotalMilliseconds:F0} ms: {result.Written} written, {result.Unchanged} unchanged, {result.Removed} removed ({result.Diagnostics.Count(d => !d.IsError)} warning(s)){(result.CardWorkerPeak > 0 ? $"; cards drawn by a worker process (peak working set {result.CardWorkerPeak >> 20} MiB)" : "")}");

    /// <summary>
    /// The I/O failure behind a failed build (a full disk, a folder it may not write), thrown directly or by a parallel
    /// stage (an <see cref="AggregateException"/> of them); null for anything else (an internal error).
    /// </summary>
    internal static Exception? WriteFailure(Exception ex) => ex switch
    {
        IOException or UnauthorizedAccessException => ex,
        AggregateException aggregate when aggregate.Flatten().InnerExceptions is { Count: > 0 } inner
            && inner.All(e => e is IOException or UnauthorizedAccessException) => inner[0],
        _ => null,
    };

    /// <summary>The output folder as messages name it: <c>public/</c> under the source, else its full path.</summary>
    private static string DisplayOutput(BuildRequest request)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(request.SourceRoot), Path.GetFullPath(request.OutputDirectory));
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? Path.GetFullPath(request.OutputDirectory)
            : relative.Replace('\\', '/');
        return shown.TrimEnd('/', Path.DirectorySeparatorChar) + "/";
    }

    /// <summary>After a successful publish: refresh <c>pagefind/</c>, or say why there is none.</summary>
    private static int IndexSearch(BuildRequest request, PagefindLocator.Result? pagefind, bool quiet, TextWriter stdout, TextWriter stderr)
    {
        if (pagefind is not { Found: true })
        {
            // The build removed any previous pagefind/ as stale; forget its stamp so a later build with search indexes again.
            SearchIndexer.Forget(request.OutputDirectory);
            if (pagefind is not null && !quiet)
            {
                stdout.WriteLine(PagefindLocator.NotFoundNote);
            }

            return ExitCodes.Success;
        }

        SearchIndexer.Outcome outcome;
        try
        {
            outcome = SearchIndexer.Update(pagefind.Path!, request.OutputDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            outcome = new SearchIndexer.Outcome(true, TimeSpan.Zero, $"error: search index failed: {ex.Message}; the previous pagefind/ was kept");
        }

        if (outcome.Error is { } error)
        {
            stderr.WriteLine(error);
            return ExitCodes.Failure;
        }

        if (!quiet)
        {
            stdout.WriteLine(outcome.Ran
                ? string.Create(CultureInfo.InvariantCulture,
                    $"search index: pagefind/ rebuilt with {pagefind.FoundBy} in {outcome.Elapsed.TotalMilliseconds:F0} ms")
                : SearchUpToDate);
        }

        return ExitCodes.Success;
    }
}

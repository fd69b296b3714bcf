using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Briefing.Content;
using Briefing.Output;

namespace Briefing.Cli;

/// <summary><c>briefing build</c>: content/ + theme → a complete static site.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, TimeProvider time)
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

        var command = new Command("build", "Build the site from content/ into the output folder.")
        {
            source, output, drafts, future, baseUrl, quiet, timings, noCache,
        };
        command.SetAction(parse =>
        {
            var sourceDir = parse.GetValue(source)!.FullName;
            var outputDir = parse.GetValue(output)?.FullName ?? Path.Combine(sourceDir, "public");
            var options = new LoadOptions(parse.GetValue(drafts), parse.GetValue(baseUrl), parse.GetValue(future), time.GetUtcNow());
            var request = new BuildRequest(sourceDir, outputDir, options) { UseCache = !parse.GetValue(noCache) };
            return Execute(request, parse.GetValue(quiet), parse.GetValue(timings), stdout, stderr).Code;
        });
        return command;
    }

    /// <summary>Builds and prints the outcome; the result is null when writing failed (exit code 3).</summary>
    public static (int Code, BuildResult? Result) Execute(BuildRequest request, bool quiet, bool showTimings, TextWriter stdout, TextWriter stderr)
    {
        var started = Stopwatch.StartNew();
        BuildResult result;
        try
        {
            result = BuildPipeline.Run(request);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: could not write the site: {ex.Message}");
            return (ExitCodes.Failure, null);
        }

        DiagnosticPrinter.Print(result.Diagnostics, stderr);
        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count - errors;
        if (showTimings)
        {
            foreach (var (stage, elapsed) in result.Timings)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-10} {elapsed.TotalMilliseconds,8:F1} ms"));
            }
        }

        if (!result.Succeeded)
        {
            stderr.WriteLine($"build failed: {errors} error(s), {warnings} warning(s); {request.OutputDirectory} was left as it was");
            return (ExitCodes.ContentErrors, result);
        }

        if (!quiet)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"built {result.Pages} pages, {result.Files} files into {request.OutputDirectory} in {started.Elapsed.TotalMilliseconds:F0} ms: {result.Written} written, {result.Unchanged} unchanged, {result.Removed} removed ({warnings} warning(s))"));
            if (showTimings)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"rendered {result.RenderedPages} of {result.Pages} pages, {result.RenderedFeeds} feeds, {result.RenderedBodies} briefing bodies; the rest were unchanged since the last build (.briefing/cache/)"));
            }
        }

        return (ExitCodes.Success, result);
    }
}

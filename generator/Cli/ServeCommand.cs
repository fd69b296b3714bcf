using System.CommandLine;
using Briefing.Content;
using Briefing.Output;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Cli;

/// <summary>
/// <c>briefing serve</c>: builds the site (drafts included), serves it on 127.0.0.1 as Netlify would, watches content/
/// and themes/, rebuilds after each save and reloads open pages. A failed rebuild keeps the last good output and
/// shows an error page instead of every page until a rebuild succeeds. A save of a briefing's body (or of a registry
/// entry's description) publishes its pages and feeds from memory first (<see cref="ServeMemory.TryQuickPublish"/>); every save then rebuilds
/// the site from what serve keeps in memory (only files that changed are read again, rendered and written).
/// </summary>
public static class ServeCommand
{
    /// <summary>How long the files must be quiet after a change before the rebuild starts.</summary>
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(120);

    internal static Command Create(TextWriter stdout, TextWriter stderr, CliServices services, Func<string?, SearchSettings> search)
    {
        var source = CommonOptions.Source();
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Where to build the site (default: public/ under the source)." };
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on.", DefaultValueFactory = _ => 1313 };
        var drafts = new Option<bool>("--drafts")
        {
            Description = "Include drafts, shown with a Draft badge (the default; '--drafts false' previews the site as published).",
            DefaultValueFactory = _ => true,
        };
        var future = CommonOptions.Future();
        var noSearch = CommonOptions.NoSearch();
        var pagefind = CommonOptions.Pagefind();
        var timings = new Option<bool>("--timings") { Description = "Print the time each stage of every rebuild took." };
        var command = new Command("serve", "Build the site, serve it on http://127.0.0.1:PORT/, rebuild on save and reload open pages.")
        {
            source, output, port, drafts, future, noSearch, pagefind, timings,
        };
        command.SetAction((parse, cancel) =>
        {
            var sourceDir = parse.GetValue(source)!.FullName;
            var outputDir = parse.GetValue(output)?.FullName ?? Path.Combine(sourceDir, "public");
            var portNumber = parse.GetValue(port);
            var options = new LoadOptions(parse.GetValue(drafts), $"http://127.0.0.1:{portNumber}/", parse.GetValue(future));
            var request = new BuildRequest(sourceDir, outputDir, options)
            {
                Search = parse.GetValue(noSearch) ? SearchSettings.Off : search(parse.GetValue(pagefind)?.FullName),
                RecordsUrls = false,
            };
            var log = new Log(TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr), services.Verbose(parse), parse.GetValue(timings));
            return RunAsync(request, portNumber, services, log, cancel);
        });
        return command;
    }

    /// <summary>A server for a built site: pretty URLs, 404.html with status 404, live reload and the error page of <paramref name="state"/>.</summary>
    public static WebApplication CreateApp(string siteFolder, int port, PreviewState? state = null)
    {
        // The output folder is replaced whole by every build: no configuration file watcher may hold on to it.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = siteFolder,
            WebRootPath = siteFolder,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var pages = new PreviewPages(siteFolder, state ?? new PreviewState());
        var stopping = app.Lifetime.ApplicationStopping;
        app.Use((context, next) => pages.HandleAsync(context, next, stopping));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(siteFolder),
            ServeUnknownFileTypes = false,
            ContentTypeProvider = SiteContentTypes.Create(),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.Run(pages.NotFoundAsync);
        return app;
    }

    private static async Task<int> RunAsync(BuildRequest request, int port, CliServices services, Log log, CancellationToken cancel)
    {
        var (stdout, stderr) = (log.Stdout, log.Stderr);
        var state = new PreviewState();
        // Briefings and registry files stay parsed in memory between rebuilds: a save reads that file again, not the site.
        using var memory = new ServeMemory();
        request = request with { Memory = memory };
        // A body edit: its page and feeds first, from memory (and the browser reloads); the rebuild then checks the whole site.
        bool QuickPublish(IReadOnlyCollection<string> changed)
        {
            try
            {
                if (state.Failure is null && memory.Build.Last is not null)
                {
                    // Never beside another build of this output (a `build` in a terminal): then the rebuild waits for it as usual.
                    using var held = BuildLock.Acquire(request.OutputDirectory, "briefing serve", request.OutputDirectory, TimeSpan.Zero, TextWriter.Null, out _);
                    if (held is null || memory.TryQuickPublish(request.SourceRoot, changed) is not { } quick)
                    {
                        return false;
                    }

                    stdout.WriteLine(quick);
                    state.LiveReload.Reload();
                    return true;
                }
            }
            catch (Exception ex)
            {
                // Whatever failed, the rebuild that follows does all the work and reports what is wrong with the content.
                if (log.Verbose)
                {
                    InternalError.Report(ex, "publishing the saved briefing early", log.Verbose, stderr);
                }
            }

            return false;
        }

        void Rebuild(IReadOnlyCollection<string> changed)
        {
            var reload = true;
            try
            {
                var quick = QuickPublish(changed);

                // "now" moves on while serve runs: a briefing scheduled for 10:00 appears at the first rebuild after it.
                var now = request with { Options = request.Options with { Now = services.Time.GetUtcNow() } };
                var outcome = BuildCommand.Execute(now, quiet: false, showTimings: log.Timings, stdout, stderr, services, "briefing serve", ProgressMode.None);
                // A failed search index (printed) still leaves good pages to preview: only a failed page build shows the error page.
                state.Failure = outcome.Code == ExitCodes.Success || outcome.Result is { Succeeded: true }
                    ? null
                    : outcome.Result is null
                        ? [outcome.Error ?? $"error: could not write the site to {request.OutputDirectory}"]
                        : DiagnosticPrinter.Sort(outcome.Result.Diagnostics).OrderBy(d => d.IsError ? 0 : 1).Select(d => d.ToString()).ToArray();

                // Open pages reloaded after the quick path already: again only if the rebuild changed more.
                reload = !quick || state.Failure is not null || outcome.Result is not { Written: 0, Removed: 0 };
            }
            catch (Exception ex)
            {
                // A bug in one rebuild must not end serve: say it, show it, and rebuild at the next save (which may avoid it).
                InternalError.Report(ex, "building", log.Verbose, stderr);
                state.Failure = [InternalError.Line(ex, "building")];
            }
            finally
            {
                if (reload)
                {
                    state.LiveReload.Reload();
                }
            }

            // While serve waits for the next save: work out what the quick path would otherwise work out first.
            try
            {
                memory.Build.Last?.Prime();
            }
            catch (Exception ex)
            {
                InternalError.Report(ex, "preparing for the next save", log.Verbose, stderr);
            }
        }

        if (!Directory.Exists(Path.Combine(request.SourceRoot, "content")))
        {
            // Nothing to watch or serve: report it as build does, and stop.
            return BuildCommand.Execute(request, quiet: false, showTimings: false, stdout, stderr, services, "briefing serve", ProgressMode.None).Code;
        }

        Rebuild([]);
        Directory.CreateDirectory(request.OutputDirectory);
        await using var app = CreateApp(request.OutputDirectory, port, state);
        try
        {
            await app.StartAsync(cancel);
        }
        catch (IOException ex)
        {
            await stderr.WriteLineAsync($"error: cannot listen on 127.0.0.1:{port}: {ex.Message} (pass another --port)");
            return ExitCodes.Failure;
        }

        using var watcher = new SiteWatcher(request.SourceRoot, ["content", "themes"], Debounce, services.Time);
        await stdout.WriteLineAsync($"serving {request.OutputDirectory} at {request.Options.BaseUrlOverride} (Ctrl+C to stop); "
                                    + "watching content/ and themes/, rebuilding on save");
        var watching = watcher.RunAsync(changed => Task.Run(() => Rebuild(changed), CancellationToken.None),
            ex => InternalError.Report(ex, "watching", log.Verbose, stderr), cancel);
        await app.WaitForShutdownAsync(cancel);
        await watching;
        memory.Save(); // the next build starts from what serve parsed
        await stdout.WriteLineAsync("stopped");
        return ExitCodes.Success;
    }

    /// <summary>Where serve prints, and whether internal errors carry their stack trace.</summary>
    private sealed record Log(TextWriter Stdout, TextWriter Stderr, bool Verbose, bool Timings);
}

using System.CommandLine;
using Briefing.Content;
using Briefing.Output;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Cli;

/// <summary>
/// <c>briefing serve</c>: builds the site, then serves the output on 127.0.0.1 with pretty URLs and the 404 page,
/// so the site can be read in a browser exactly as Netlify will serve it.
/// </summary>
public static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = new Option<DirectoryInfo>("--source", "-s")
        {
            Description = "The folder that holds content/ and themes/ (default: the current folder).",
            DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
        };
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Where to build the site (default: public/ under the source)." };
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on.", DefaultValueFactory = _ => 1313 };
        var drafts = new Option<bool>("--drafts") { Description = "Include briefings marked 'draft: true'." };
        var command = new Command("serve", "Build the site and serve it on http://127.0.0.1:PORT/.") { source, output, port, drafts };
        command.SetAction(async (parse, cancel) =>
        {
            var sourceDir = parse.GetValue(source)!.FullName;
            var outputDir = parse.GetValue(output)?.FullName ?? Path.Combine(sourceDir, "public");
            var portNumber = parse.GetValue(port);
            var baseUrl = $"http://127.0.0.1:{portNumber}/";
            var request = new BuildRequest(sourceDir, outputDir, new LoadOptions(parse.GetValue(drafts), baseUrl));
            var code = BuildCommand.Execute(request, quiet: false, showTimings: false, stdout, stderr);
            if (code != ExitCodes.Success)
            {
                return code;
            }

            await using var app = CreateApp(outputDir, portNumber);
            await app.StartAsync(cancel);
            await stdout.WriteLineAsync($"serving {outputDir} at {baseUrl} (Ctrl+C to stop)");
            await app.WaitForShutdownAsync(cancel);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A static file server for a built site: index.html for folders, 404.html with status 404.</summary>
    public static WebApplication CreateApp(string siteFolder, int port)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = siteFolder, WebRootPath = siteFolder });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var files = new PhysicalFileProvider(siteFolder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ServeUnknownFileTypes = false,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = Path.Combine(siteFolder, "404.html");
            if (File.Exists(notFound))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });
        return app;
    }
}

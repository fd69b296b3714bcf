using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Serves a built site from Kestrel's static files on 127.0.0.1 as Netlify would: a folder answers with its
/// index.html, an unknown path with 404.html and status 404, under an optional path base (<c>/news</c>).
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The content types of every file a built site holds; anything else is not served (and fails a test).</summary>
    public static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".xml"] = "application/xml";
        types.Mappings[".json"] = "application/json";
        types.Mappings[".opml"] = "text/x-opml";
        types.Mappings[".svg"] = "image/svg+xml";
        types.Mappings[".ico"] = "image/x-icon";
        types.Mappings[".wasm"] = "application/wasm";
        types.Mappings[".webmanifest"] = "application/manifest+json";
        foreach (var pagefind in new[] { ".pagefind", ".pf_fragment", ".pf_index", ".pf_meta", ".pf_filter" })
        {
            types.Mappings[pagefind] = "application/octet-stream";
        }

        return types;
    }

    /// <summary>A port nobody listens on now (the build needs it for its base URL before the server starts).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Starts serving <paramref name="folder"/> at <c>http://127.0.0.1:port{pathBase}/</c>; <paramref name="pathBase"/> is "" or "/news".</summary>
    public static async Task<StaticSiteServer> StartAsync(string folder, int port, string pathBase)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = folder,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        var notFound = Path.Combine(folder, "404.html");

        async Task NotFound(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(notFound);
        }

        void Site(IApplicationBuilder site)
        {
            site.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            site.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = ContentTypes() });
            site.Run(NotFound);
        }

        if (pathBase.Length == 0)
        {
            Site(app);
        }
        else
        {
            app.Map(pathBase, Site);
            app.Run(NotFound);
        }

        await app.StartAsync();
        return new StaticSiteServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

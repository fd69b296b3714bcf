using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Briefing.Cli;

/// <summary>
/// How <c>briefing serve</c> answers page requests: the built HTML with the live-reload script added, or, while the
/// last build failed, an error page listing its diagnostics. Assets and feeds are left to the static file server.
/// </summary>
internal sealed class PreviewPages(string siteFolder, PreviewState state)
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly string _root = Path.GetFullPath(siteFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    public async Task HandleAsync(HttpContext context, RequestDelegate next, CancellationToken stopping)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == LiveReload.EventsPath)
        {
            await state.LiveReload.StreamAsync(context, stopping);
            return;
        }

        if (!IsPage(path) || !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        if (state.Failure is { } failure)
        {
            await WriteAsync(context, StatusCodes.Status500InternalServerError, ErrorPage(failure));
            return;
        }

        var file = FileFor(path);
        if (file is not null && await ReadAsync(file, context.RequestAborted) is { } html)
        {
            await WriteAsync(context, StatusCodes.Status200OK, Inject(html));
        }
        else if (!path.EndsWith('/') && file is not null && Directory.Exists(file))
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = path + "/" + context.Request.QueryString;
        }
        else
        {
            await NotFoundAsync(context);
        }
    }

    /// <summary>The site's 404 page (with the script), status 404; the error page while the last build failed.</summary>
    public async Task NotFoundAsync(HttpContext context)
    {
        if (state.Failure is { } failure)
        {
            await WriteAsync(context, StatusCodes.Status500InternalServerError, ErrorPage(failure));
            return;
        }

        var notFound = Path.Combine(_root, "404.html");
        var html = File.Exists(notFound) ? Inject(await File.ReadAllTextAsync(notFound, context.RequestAborted)) : "Not found\n";
        await WriteAsync(context, StatusCodes.Status404NotFound, html);
    }

    /// <summary>Adds the live-reload script before <c>&lt;/body&gt;</c> (or at the end).</summary>
    public static string Inject(string html)
    {
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + LiveReload.Script : string.Concat(html.AsSpan(0, at), LiveReload.Script, html.AsSpan(at));
    }

    public static string ErrorPage(IReadOnlyList<string> lines)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Build failed</title>\n")
            .Append("<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}")
            .Append("li{font-family:ui-monospace,monospace;white-space:pre-wrap;margin:.5rem 0}.error{color:#b00020}</style>\n</head>\n<body>\n")
            .Append("<h1>The site could not be rebuilt</h1>\n")
            .Append("<p>Fix these problems and save the file: this page reloads by itself. Until then the last good build is kept.</p>\n")
            .Append("<ul class=\"diagnostics\">\n");
        foreach (var line in lines)
        {
            // Diagnostics say "path:line:col: error BRF…"; serve's own errors (an internal error, a busy lock) start "error:".
            var css = line.Contains(": error ", StringComparison.Ordinal) || line.StartsWith("error:", StringComparison.Ordinal) ? "error" : "warning";
            html.Append("<li class=\"").Append(css).Append("\">").Append(WebUtility.HtmlEncode(line)).Append("</li>\n");
        }

        return html.Append("</ul>\n").Append(LiveReload.Script).Append("\n</body>\n</html>\n").ToString();
    }

    /// <summary>A request for a page: a folder, an .html file, or a path without extension (a folder without its slash).</summary>
    private static bool IsPage(string path) =>
        path.EndsWith('/') || path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || !Path.HasExtension(path);

    /// <summary>The file (or folder, for a path without its slash) a page request names, or null outside the site.</summary>
    private string? FileFor(string path)
    {
        var relative = path.TrimStart('/');
        if (path.EndsWith('/'))
        {
            relative += "index.html";
        }

        var full = Path.GetFullPath(Path.Combine(_root, relative));
        return full.StartsWith(_root, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>The file's text, or null when it does not exist; a read that races a rebuild's folder swap is retried once.</summary>
    private static async Task<string?> ReadAsync(string file, CancellationToken cancel)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return File.Exists(file) ? await File.ReadAllTextAsync(file, cancel) : null;
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException && attempt == 0)
            {
                await Task.Delay(50, cancel);
            }
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, string html)
    {
        var bytes = Utf8.GetBytes(html);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }
}

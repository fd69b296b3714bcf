using System.Net;
using System.Net.Sockets;
using Briefing.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

public sealed class ServeTests
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Serve_AnswersPrettyUrls_AndUnknownPathsWithThe404Page()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var port = FreePort();
        Assert.Equal(0, site.Build("--base-url", $"http://127.0.0.1:{port}/").ExitCode);
        await using var app = ServeCommand.CreateApp(site.Output, port);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        var home = await http.GetAsync(new Uri("/", UriKind.Relative));
        var company = await http.GetAsync(new Uri("/companies/aws/", UriKind.Relative));
        var missing = await http.GetAsync(new Uri("/no/such/page/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("<h1", await company.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/html", company.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("noindex", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Fact]
    public async Task Serve_AnswersPagefindIndexFiles_SoSearchWorksInPreview()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var port = FreePort();
        Assert.Equal(0, site.Build("--base-url", $"http://127.0.0.1:{port}/", "--pagefind", PagefindTool.Path).ExitCode);
        await using var app = ServeCommand.CreateApp(site.Output, port);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var index = Path.Combine(site.Output, "pagefind");
        var files = new[] { "pagefind.js", "pagefind-ui.js", "pagefind-entry.json", "wasm.en.pagefind" }
            .Append(Path.GetFileName(Directory.GetFiles(index, "*.pf_meta").Single()))
            .Append("fragment/" + Path.GetFileName(Directory.GetFiles(Path.Combine(index, "fragment")).First()))
            .Append("index/" + Path.GetFileName(Directory.GetFiles(Path.Combine(index, "index")).First()));

        foreach (var file in files)
        {
            var response = await http.GetAsync(new Uri("/pagefind/" + file, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {response.StatusCode}");
        }

        await app.StopAsync();
    }
}

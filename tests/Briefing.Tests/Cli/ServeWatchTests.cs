using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Briefing.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary><c>briefing serve</c> end to end: watch, rebuild, live reload, the error page, recovery, a clean stop.</summary>
public sealed class ServeWatchTests
{
    private static readonly TimeSpan ReloadWithin = TimeSpan.FromSeconds(2);

    private const string Page = "/briefings/2025/x/";

    private const string BrokenLine =
        "content/briefings/2025/x.md:3:7: error BRF008: 'date' is not an ISO 8601 date: '2025-13-01' (write 2025-06-26 or 2025-06-26T09:00:00Z)";

    private static string Briefing(string date, string body) => $"""
        ---
        title: "X <&> Y"
        date: {date}
        summary: "S"
        sources: [{"{"}name: Reuters{"}"}]
        ---
        {body}

        """;

    [Fact]
    public async Task Serve_RebuildsOnSave_ReloadsOpenPages_ShowsTheErrorPageUntilFixed_AndStopsCleanly()
    {
        // Given a site with a briefing and a draft, served on a free port
        using var site = TestSite.Create($"""
            -- content/briefings/2025/x.md --
            {Briefing("2025-06-26", "First version.")}
            -- content/briefings/2025/draft.md --
            ---
            title: "Draft"
            date: 2025-06-20
            summary: "S"
            draft: true
            ---
            """);
        var port = FreePort();
        using var stop = new CancellationTokenSource();
        var stdout = new StringWriter();
        var serving = Program.RunAsync(["serve", "--source", site.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            stdout, new StringWriter(), new FixedTime(SiteCli.Now), stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
        await WaitUntilServing(http, serving);

        // When a page is fetched, then it has the reload script, which the built file does not; drafts are shown
        var first = await http.GetStringAsync(new Uri(Page, UriKind.Relative));
        Assert.Contains("First version.", first, StringComparison.Ordinal);
        Assert.Contains(LiveReload.Script, first, StringComparison.Ordinal);
        Assert.DoesNotContain(LiveReload.EventsPath, site.ReadOutput("briefings/2025/x/index.html"), StringComparison.Ordinal);
        var draft = Html.Parse(await http.GetStringAsync(new Uri("/briefings/2025/draft/", UriKind.Relative)));
        Assert.NotNull(draft.QuerySelector(".badge-draft"));

        // When the briefing is edited while a page listens for events
        await using var events = await EventStream.OpenAsync(port);
        site.Write("content/briefings/2025/x.md", Briefing("2025-06-26", "Second version."));

        // Then a reload event arrives within 2 seconds and the new text is served
        await events.NextReloadAsync(ReloadWithin);
        await Eventually(async () => (await http.GetStringAsync(new Uri(Page, UriKind.Relative))).Contains("Second version.", StringComparison.Ordinal));

        // When the front matter is broken
        site.Write("content/briefings/2025/x.md", Briefing("2025-13-01", "Broken version."));

        // Then pages reload into the error page, which lists the diagnostic escaped; the last good build stays on disk
        await events.NextReloadAsync(ReloadWithin);
        await Eventually(async () => (await http.GetAsync(new Uri(Page, UriKind.Relative))).StatusCode == HttpStatusCode.InternalServerError);
        foreach (var path in new[] { Page, "/", "/companies/" })
        {
            var errorPage = Html.Parse(await GetBody(http, path));
            Assert.Equal(BrokenLine, errorPage.QuerySelector("ul.diagnostics li.error")?.TextContent);
            Assert.Contains(LiveReload.EventsPath, errorPage.DocumentElement.OuterHtml, StringComparison.Ordinal);
        }

        Assert.Contains("Second version.", site.ReadOutput("briefings/2025/x/index.html"), StringComparison.Ordinal);

        // When it is fixed
        site.Write("content/briefings/2025/x.md", Briefing("2025-06-26", "Third version."));

        // Then pages reload into the site again
        await events.NextReloadAsync(ReloadWithin);
        await Eventually(async () => (await http.GetStringAsync(new Uri(Page, UriKind.Relative))).Contains("Third version.", StringComparison.Ordinal));

        // When serve is cancelled (Ctrl+C), then it stops cleanly with exit code 0
        await stop.CancelAsync();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.EndsWith("stopped\n", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_WithoutAContentFolder_ExitsWithTheErrorInsteadOfServing()
    {
        // Given a folder with no content/
        using var site = TestSite.Create(string.Empty, withTheme: false);
        Directory.Delete(Path.Combine(site.Root, "content"), recursive: true);
        var stderr = new StringWriter();

        // When serve is started on it
        var code = await Program.RunAsync(["serve", "--source", site.Root, "--port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture)],
            new StringWriter(), stderr, new FixedTime(SiteCli.Now), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        // Then it stops at once with exit code 1, saying what is missing, and creates nothing
        Assert.Equal(1, code);
        Assert.StartsWith("content:1:1: error BRF021: no content/ folder in ", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    private static async Task<string> GetBody(HttpClient http, string path) =>
        await (await http.GetAsync(new Uri(path, UriKind.Relative))).Content.ReadAsStringAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitUntilServing(HttpClient http, Task<int> serving)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(serving.IsCompleted, "serve ended before it was serving");
            try
            {
                using var response = await http.GetAsync(new Uri("/", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(25);
        }

        Assert.Fail("serve did not start within 20 seconds");
    }

    /// <summary>Polls until <paramref name="condition"/> holds (a reload event may be followed by a second rebuild).</summary>
    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + ReloadWithin;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the served site did not change in time");
            await Task.Delay(20);
        }
    }

    /// <summary>A page's view of the server-sent events: the names of the events received, in order.</summary>
    private sealed class EventStream : IAsyncDisposable
    {
        private readonly HttpClient _client = new() { Timeout = Timeout.InfiniteTimeSpan };
        private readonly CancellationTokenSource _closed = new();
        private readonly Channel<string> _events = Channel.CreateUnbounded<string>();
        private Task _reading = Task.CompletedTask;

        public static async Task<EventStream> OpenAsync(int port)
        {
            var stream = new EventStream();
            var response = await stream._client.GetAsync(new Uri($"http://127.0.0.1:{port}{LiveReload.EventsPath}"),
                HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            Assert.Equal("retry: 500", await reader.ReadLineAsync());
            stream._reading = stream.ReadAsync(reader, response);
            return stream;
        }

        public async Task NextReloadAsync(TimeSpan within)
        {
            using var timeout = new CancellationTokenSource(within);
            try
            {
                while (await _events.Reader.ReadAsync(timeout.Token) != "reload")
                {
                }
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"no reload event within {within.TotalSeconds} s");
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _closed.CancelAsync();
            await _reading.ContinueWith(_ => { }, TaskScheduler.Default);
            _client.Dispose();
            _closed.Dispose();
        }

        private async Task ReadAsync(StreamReader reader, HttpResponseMessage response)
        {
            using (response)
            using (reader)
            {
                while (await reader.ReadLineAsync(_closed.Token) is { } line)
                {
                    if (line.StartsWith("event: ", StringComparison.Ordinal))
                    {
                        _events.Writer.TryWrite(line["event: ".Length..]);
                    }
                }
            }
        }
    }
}

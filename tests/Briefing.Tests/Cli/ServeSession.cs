using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Briefing.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary><c>briefing serve</c> running on a test site, in-process on a free port: its pages, its events and what it printed.</summary>
internal sealed class ServeSession : IAsyncDisposable
{
    /// <summary>How long a save may take to show (the debounce is ~120 ms; a rebuild of a test site well under a second).</summary>
    public static readonly TimeSpan ReloadWithin = TimeSpan.FromSeconds(6); // a full rebuild redraws every card: 2 s was missed under CI load

    private readonly CancellationTokenSource _stop = new();
    private Task<int> _serving = Task.FromResult(0);

    private ServeSession(int port)
    {
        Port = port;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public int Port { get; }

    public HttpClient Http { get; }

    public LockedWriter Stdout { get; } = new();

    public LockedWriter Stderr { get; } = new();

    /// <summary>Starts serve (without search) on <paramref name="site"/> and waits until it answers.</summary>
    public static async Task<ServeSession> StartAsync(TestSite site, CliServices? services = null, params string[] args)
    {
        var session = new ServeSession(FreePort());
        services ??= new CliServices(new FixedTime(SiteCli.Now), _ => null);
        session._serving = Program.RunAsync(
            ["serve", "--source", site.Root, "--port", session.Port.ToString(CultureInfo.InvariantCulture), "--no-search", .. args],
            session.Stdout, session.Stderr, services, session._stop.Token);
        await WaitUntilServing(session.Http, session._serving);
        return session;
    }

    /// <summary>The status and body of a page.</summary>
    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Stops serve as Ctrl+C does and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _serving.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_serving.IsCompleted)
        {
            await StopAsync();
        }

        Http.Dispose();
        _stop.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task WaitUntilServing(HttpClient http, Task<int> serving)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(serving.IsCompleted, "serve ended before it was serving");
            try
            {
                using var response = await http.GetAsync(new Uri("/", UriKind.Relative));
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.InternalServerError)
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
    public static async Task Eventually(Func<Task<bool>> condition, string? what = null)
    {
        var deadline = DateTime.UtcNow + ReloadWithin;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, what ?? "the served site did not change in time");
            await Task.Delay(20);
        }
    }
}

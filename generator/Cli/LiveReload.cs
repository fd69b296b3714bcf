using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Briefing.Cli;

/// <summary>
/// Live reload for <c>briefing serve</c>: pages open in a browser hold a server-sent-events stream at
/// <see cref="EventsPath"/>, and <see cref="Reload"/> sends each of them a <c>reload</c> event after a rebuild.
/// </summary>
public sealed class LiveReload
{
    public const string EventsPath = "/__briefing/events";

    /// <summary>Added to every HTML response by the server, never to the built files.</summary>
    public const string Script =
        "<script>(function(){var s=new EventSource(\"" + EventsPath + "\");"
        + "s.addEventListener(\"reload\",function(){location.reload();});})();</script>";

    private readonly ConcurrentDictionary<Channel<int>, bool> _clients = new();
    private int _version;

    public int Clients => _clients.Count;

    /// <summary>Tells every open page to reload.</summary>
    public void Reload()
    {
        var version = Interlocked.Increment(ref _version);
        foreach (var client in _clients.Keys)
        {
            client.Writer.TryWrite(version);
        }
    }

    /// <summary>Serves one event stream until the client goes away or the server stops.</summary>
    public async Task StreamAsync(HttpContext context, CancellationToken stopping)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        var channel = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });
        _clients[channel] = true;
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            // "retry" makes a browser reconnect quickly when serve restarts; the comment opens the stream at once.
            await response.WriteAsync("retry: 500\n: connected\n\n", done.Token);
            await response.Body.FlushAsync(done.Token);
            await foreach (var version in channel.Reader.ReadAllAsync(done.Token))
            {
                await response.WriteAsync($"event: reload\ndata: {version}\n\n", done.Token);
                await response.Body.FlushAsync(done.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed, or serve is stopping.
        }
        finally
        {
            _clients.TryRemove(channel, out _);
        }
    }
}

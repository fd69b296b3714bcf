using System.Threading.Channels;
using Briefing.Cli;

namespace Briefing.Tests.Cli;

/// <summary>A page's view of the server-sent events: the names of the events received, in order.</summary>
internal sealed class EventStream : IAsyncDisposable
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

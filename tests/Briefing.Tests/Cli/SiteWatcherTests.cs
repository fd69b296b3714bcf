using System.Threading.Channels;
using Briefing.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary>The watcher behind <c>serve</c> keeps watching through lost events, failed rebuilds, saves during a rebuild and a folder that comes back.</summary>
public sealed class SiteWatcherTests : IDisposable
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(3);
    private readonly TestSite _site = TestSite.Create(string.Empty, withTheme: false);
    private readonly Channel<int> _calls = Channel.CreateUnbounded<int>();
    private readonly CancellationTokenSource _stop = new();
    private int _count;

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task LostEvents_AskForARebuild_AndWatchingGoesOn()
    {
        // Given a watcher on content/
        using var watcher = Watch(_ => Task.CompletedTask);

        // When its events are lost (a buffer overflow), then a rebuild is asked for
        watcher.Lost("content");
        await NextCall();

        // When a file is saved afterwards, then that is seen too
        _site.Write("content/a.md", "a");
        await NextCall();
    }

    [Fact]
    public async Task ASaveDuringARebuild_IsRebuiltAfterIt()
    {
        // Given a rebuild that is still running when the next save comes
        using var saved = new SemaphoreSlim(0);
        using var watcher = Watch(async call =>
        {
            if (call == 1)
            {
                _site.Write("content/b.md", "saved during the rebuild");
                await saved.WaitAsync(Within);
            }
        });

        // When a file is saved
        _site.Write("content/a.md", "a");
        await NextCall();
        saved.Release();

        // Then a second rebuild follows the first
        await NextCall();
    }

    [Fact]
    public async Task ARebuildThatThrows_IsReported_AndTheNextSaveRebuilds()
    {
        // Given a rebuild that throws the first time
        var errors = new List<Exception>();
        using var watcher = Watch(call => call == 1 ? throw new InvalidOperationException("boom") : Task.CompletedTask, errors.Add);

        // When two saves come one after the other
        _site.Write("content/a.md", "a");
        await NextCall();
        _site.Write("content/a.md", "b");

        // Then the exception was reported and the second save still rebuilt
        await NextCall();
        Assert.Equal("boom", Assert.Single(errors).Message);
    }

    [Fact]
    public async Task AFolderDeletedAndCreatedAgain_IsWatchedAgain()
    {
        // Given a watcher on content/
        using var watcher = Watch(_ => Task.CompletedTask);

        // When content/ is deleted, then a rebuild is asked for
        Directory.Delete(Path.Combine(_site.Root, "content"), recursive: true);
        await NextCall();

        // When it is created again and a file saved in it, then both are seen
        Directory.CreateDirectory(Path.Combine(_site.Root, "content"));
        await NextCall();
        await Settle();
        _site.Write("content/a.md", "a");
        await NextCall();
    }

    private SiteWatcher Watch(Func<int, Task> onChange, Action<Exception>? onError = null)
    {
        var watcher = new SiteWatcher(_site.Root, ["content", "themes"], TimeSpan.FromMilliseconds(50), TimeProvider.System);
        _ = watcher.RunAsync(async () =>
        {
            var call = Interlocked.Increment(ref _count);
            _calls.Writer.TryWrite(call);
            await onChange(call);
        }, onError ?? (ex => Assert.Fail(ex.ToString())), _stop.Token);
        return watcher;
    }

    /// <summary>Lets a burst's late calls arrive, then forgets them: the next call is for what the test does next.</summary>
    private async Task Settle()
    {
        await Task.Delay(300);
        while (_calls.Reader.TryRead(out _))
        {
        }
    }

    private async Task NextCall()
    {
        using var timeout = new CancellationTokenSource(Within);
        await _calls.Reader.ReadAsync(timeout.Token);
    }
}

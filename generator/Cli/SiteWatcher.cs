using System.Threading.Channels;

namespace Briefing.Cli;

/// <summary>
/// Watches folders (content/ and themes/) and calls back once a burst of changes has settled: editors save in
/// bursts (a temporary file, a rename, a write), so every change restarts a short quiet period.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TimeSpan _quiet;
    private readonly TimeProvider _time;

    public SiteWatcher(IEnumerable<string> folders, TimeSpan quiet, TimeProvider time)
    {
        _quiet = quiet;
        _time = time;
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Signal(e.FullPath);
            watcher.Created += (_, e) => Signal(e.FullPath);
            watcher.Deleted += (_, e) => Signal(e.FullPath);
            watcher.Renamed += (_, e) => Signal(e.FullPath);
            // A lost event (buffer overflow) may hide any change: rebuild to be safe.
            watcher.Error += (_, _) => _changes.Writer.TryWrite(folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Calls <paramref name="onChange"/> after each settled burst of changes, one call at a time, until cancelled.</summary>
    public async Task RunAsync(Func<Task> onChange, CancellationToken cancel)
    {
        try
        {
            while (await _changes.Reader.WaitToReadAsync(cancel))
            {
                do
                {
                    Drain();
                    await Task.Delay(_quiet, _time, cancel);
                }
                while (_changes.Reader.TryPeek(out _));

                await onChange();
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // serve is stopping.
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _changes.Writer.TryComplete();
    }

    private void Signal(string path)
    {
        // Editors' swap and backup files (.x.md.swp, x.md~) are not content.
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.EndsWith('~'))
        {
            return;
        }

        _changes.Writer.TryWrite(path);
    }

    private void Drain()
    {
        while (_changes.Reader.TryRead(out _))
        {
        }
    }
}

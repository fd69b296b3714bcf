using System.Threading.Channels;

namespace Briefing.Cli;

/// <summary>
/// Watches folders of a site (content/ and themes/) and calls back once a burst of changes has settled: editors save
/// in bursts (a temporary file, a rename, a write), so every change restarts a short quiet period. It outlives what
/// would end a plain <see cref="FileSystemWatcher"/>: a lost event (buffer overflow) asks for a full rebuild and
/// restarts the folder's watcher; a watched folder deleted and created again (a branch switch, a restore) is
/// watched again, through a watcher on the site root that sees only its folders come and go.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly Dictionary<string, FileSystemWatcher?> _folders = new(StringComparer.Ordinal);
    private readonly FileSystemWatcher _root;
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TimeSpan _quiet;
    private readonly TimeProvider _time;
    private bool _disposed;

    /// <param name="root">The site root.</param>
    /// <param name="names">The folders under it to watch, by name; they may be missing for now.</param>
    public SiteWatcher(string root, IEnumerable<string> names, TimeSpan quiet, TimeProvider time)
    {
        Root = root;
        _quiet = quiet;
        _time = time;
        foreach (var name in names)
        {
            _folders[name] = null;
            Rewatch(name);
        }

        _root = new FileSystemWatcher(root) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName };
        _root.Created += (_, e) => FolderMoved(e.Name);
        _root.Deleted += (_, e) => FolderMoved(e.Name);
        _root.Renamed += (_, e) =>
        {
            FolderMoved(e.OldName);
            FolderMoved(e.Name);
        };
        _root.Error += (_, _) => Lost(null);
        _root.EnableRaisingEvents = true;
    }

    public string Root { get; }

    /// <summary>
    /// Calls <paramref name="onChange"/> after each settled burst of changes, one call at a time, until cancelled. A
    /// change during a call is kept for the next one. An exception out of a call goes to <paramref name="onError"/>
    /// and watching goes on: the next save may fix what failed.
    /// </summary>
    public Task RunAsync(Func<Task> onChange, Action<Exception> onError, CancellationToken cancel) =>
        RunAsync(_ => onChange(), onError, cancel);

    /// <summary>
    /// <see cref="RunAsync(Func{Task}, Action{Exception}, CancellationToken)"/>, telling each call what changed: full paths
    /// of files and folders, or the site root or a watched folder's name when events were lost (anything may have changed).
    /// </summary>
    public async Task RunAsync(Func<IReadOnlyCollection<string>, Task> onChange, Action<Exception> onError, CancellationToken cancel)
    {
        try
        {
            while (await _changes.Reader.WaitToReadAsync(cancel))
            {
                var changed = new HashSet<string>(StringComparer.Ordinal);
                do
                {
                    Drain(changed);
                    await Task.Delay(_quiet, _time, cancel);
                }
                while (_changes.Reader.TryPeek(out _));

                try
                {
                    await onChange(changed);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancel.IsCancellationRequested)
                {
                    onError(ex);
                }
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // serve is stopping.
        }
    }

    /// <summary>
    /// Events were lost (the watcher's buffer overflowed, or it failed): any file may have changed, so ask for a full
    /// rebuild, and start the folder's watcher again in case the failure stopped it. Null: the root watcher.
    /// </summary>
    internal void Lost(string? name)
    {
        if (name is not null)
        {
            Rewatch(name);
        }

        _changes.Writer.TryWrite(name ?? Root);
    }

    public void Dispose()
    {
        lock (_folders)
        {
            _disposed = true;
            _root.Dispose();
            foreach (var watcher in _folders.Values)
            {
                watcher?.Dispose();
            }
        }

        _changes.Writer.TryComplete();
    }

    /// <summary>A folder of the site root was created, deleted or renamed: watch it afresh if it is one of ours.</summary>
    private void FolderMoved(string? name)
    {
        if (name is null || !_folders.ContainsKey(name))
        {
            return;
        }

        Rewatch(name);
        _changes.Writer.TryWrite(name);
    }

    /// <summary>Replaces the watcher of one folder: a new one if the folder exists, none while it does not.</summary>
    private void Rewatch(string name)
    {
        lock (_folders)
        {
            if (_disposed)
            {
                return;
            }

            _folders[name]?.Dispose();
            _folders[name] = null;
            var folder = Path.Combine(Root, name);
            if (!Directory.Exists(folder))
            {
                return;
            }

            try
            {
                _folders[name] = Watch(folder, name);
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // Deleted again in between: the root watcher will say when it is back.
            }
        }
    }

    private FileSystemWatcher Watch(string folder, string name)
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
        watcher.Error += (_, _) => Lost(name);
        watcher.EnableRaisingEvents = true;
        return watcher;
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

    private void Drain(HashSet<string> changed)
    {
        while (_changes.Reader.TryRead(out var path))
        {
            changed.Add(path);
        }
    }
}

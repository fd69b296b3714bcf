using System.Diagnostics;
using System.Globalization;

namespace Briefing.Cli;

/// <summary>
/// Keeps two builds from writing one output folder at once (a <c>build</c> while <c>serve</c> rebuilds is
/// common): each build holds <c>.public.lock</c> beside its output (where the staging folder goes, and as
/// gitignored) open with <see cref="FileShare.None"/> while it runs. The operating system releases the lock when
/// the process dies, so a file left by a killed build never blocks; its text (process id and command, in
/// <c>.public.lock.owner</c> too, since a held lock cannot be read) only lets the next build say whom it waits for.
/// </summary>
internal sealed class BuildLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private readonly FileStream? _stream;

    private BuildLock(FileStream? stream) => _stream = stream;

    /// <summary>The lock file of the output folder <paramref name="output"/>: <c>.public.lock</c> beside <c>public/</c> (not inside: the folder is swapped whole).</summary>
    public static string PathFor(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full) ?? full, $".{Path.GetFileName(full)}.lock");
    }

    /// <summary>
    /// Takes the lock, waiting up to <paramref name="wait"/> (saying so once on <paramref name="stderr"/>); null when
    /// another build held it all along, with <paramref name="error"/> naming it.
    /// </summary>
    /// <param name="command">Who holds the lock, as the waiting build will name it (<c>briefing serve</c>).</param>
    /// <param name="outputDirectory">The output folder the build writes.</param>
    /// <param name="shownAs">The output folder as the error names it (<c>public/</c>).</param>
    public static BuildLock? Acquire(string outputDirectory, string command, string shownAs, TimeSpan wait, TextWriter stderr, out string? error)
    {
        var path = PathFor(outputDirectory);
        var waited = Stopwatch.StartNew();
        var said = false;
        while (true)
        {
            switch (TryOpen(path))
            {
                case (true, var stream):
                    error = null;
                    return new BuildLock(stream is null ? null : Claim(stream, path, command));
                case (false, _) when waited.Elapsed < wait:
                    if (!said)
                    {
                        stderr.WriteLine(ReadOwner(path) is { } owner
                            ? $"waiting for the build in process {owner.Pid} ({owner.Command}) to finish…"
                            : "waiting for another build to finish…");
                        said = true;
                    }

                    Thread.Sleep(Poll);
                    break;
                default:
                    var holder = ReadOwner(path) is { } held ? $" (process {held.Pid}, {held.Command})" : string.Empty;
                    error = $"error: another build{holder} is writing {shownAs}; try again when it finishes";
                    return null;
            }
        }
    }

    public void Dispose() => _stream?.Dispose();

    /// <summary>(true, stream) when taken; (true, null) when the site cannot hold a lock at all (a read-only folder); (false, null) when held.</summary>
    private static (bool Taken, FileStream? Stream) TryOpen(string path)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return (true, new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (UnauthorizedAccessException)
        {
            // Nowhere to lock: build unguarded, as before locks existed, rather than refuse to build at all.
            return (true, null);
        }
        catch (IOException ex) when (ex is not (DirectoryNotFoundException or PathTooLongException))
        {
            return (false, null); // another process holds it
        }
    }

    private static FileStream Claim(FileStream stream, string path, string command)
    {
        var owner = string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}\n{command}\n");
        try
        {
            stream.SetLength(0);
            var bytes = System.Text.Encoding.UTF8.GetBytes(owner);
            stream.Write(bytes);
            stream.Flush();
            File.WriteAllText(path + ".owner", owner);
        }
        catch (IOException)
        {
            // The text is informational: a build without it still holds the lock.
        }

        return stream;
    }

    /// <summary>Who holds the lock, from the owner file, when that process is still running.</summary>
    private static (int Pid, string Command)? ReadOwner(string path)
    {
        try
        {
            var lines = File.ReadAllLines(path + ".owner");
            if (lines.Length >= 2 && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && IsRunning(pid))
            {
                return (pid, lines[1]);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Whoever holds the lock has not said who it is yet.
        }

        return null;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}

using System.Diagnostics;
using System.Globalization;

namespace Briefing.Media.Cards;

/// <summary>
/// The build's side of a <see cref="CardWorker"/>: started with the theme, so that the worker loads the cards' fonts and
/// makes its first painter while the build loads its content; handed the cards to draw once they are planned
/// (<see cref="Send"/>); told when the build's other work is done (<see cref="Widen"/>); waited for
/// (<see cref="Finish"/>), which returns the cards it confirmed. Whatever goes wrong with the process (it cannot start,
/// it crashes, it is killed), the build draws the cards not confirmed itself: the worker only ever saves time.
/// </summary>
public sealed class CardWorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly BinaryWriter _input;
    private readonly Thread _reader;
    /// <summary>The cards the worker confirmed, by index, with their file's stamp when it gave one.</summary>
    private readonly Dictionary<int, Caching.FileStamp?> _confirmed = [];
    private readonly Lock _gate = new();
    private long _peak;
    private bool _done;
    private bool _widened;
    private bool _ended;
    private bool _disposed;

    /// <summary>When the worker last wrote a line (a <see cref="Stopwatch"/> timestamp); its start before the first.</summary>
    private long _lastLine = Stopwatch.GetTimestamp();

    /// <summary>
    /// How long the build, waiting for the worker, lets it go without a line before it stops it and draws the rest of the
    /// cards itself. A worker writes a line per card (milliseconds apart); one that says nothing for this long is stuck:
    /// suspended before it starts (an inherited <c>DOTNET_DiagnosticPorts</c> in suspend mode did that), or hung.
    /// </summary>
    internal TimeSpan StallLimit { get; set; } = TimeSpan.FromSeconds(30);

    private CardWorkerProcess(Process process)
    {
        _process = process;
        _input = new BinaryWriter(process.StandardInput.BaseStream, System.Text.Encoding.UTF8, leaveOpen: true);
        _reader = new Thread(ReadOutput) { IsBackground = true, Name = "card worker output" };
        _reader.Start();
        process.ErrorDataReceived += (_, _) => { }; // drained, not shown: a card the worker failed is drawn (and reported) by the build
        process.BeginErrorReadLine();
    }

    /// <summary>Whether the worker ended as it should (its <c>done</c> line).</summary>
    public bool Completed
    {
        get
        {
            lock (_gate)
            {
                return _done;
            }
        }
    }

    /// <summary>The worker's peak working set (its own <c>peak</c> line), or 0 before it ended.</summary>
    public long PeakWorkingSet => Interlocked.Read(ref _peak);

    /// <summary>
    /// The command that runs this executable as a worker: the <c>briefing</c> executable this process is (the launcher's
    /// binary, or the app host of a framework-dependent build), else the app host beside this assembly (tests run in a
    /// test host); null when there is none.
    /// </summary>
    internal static string? Executable { get; } = FindExecutable();

    /// <summary>Starts a worker for the cards of <paramref name="themeRoot"/>; null when it cannot start.</summary>
    /// <param name="briefings">The site's briefings (their Markdown files), which size the worker's heap (<see cref="HeapLimit"/>).</param>
    /// <param name="executable">The executable to run (tests), else <see cref="Executable"/>.</param>
    public static CardWorkerProcess? Start(string themeRoot, string display, string? cacheFolder, int briefings, string? executable = null)
    {
        executable ??= Executable;
        if (executable is null)
        {
            return null;
        }

        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(CardWorker.Argument);
        // A small first generation (8 MiB) and a capped heap: a card's garbage dies young, and the worker's memory adds
        // to the build's. Without the cap the collector let the heap grow to three or four times what stays alive (a
        // peak of 141-170 MiB at 13,637 cards, against 89-102 MiB with it: docs/performance.md, eighteenth session).
        info.Environment["DOTNET_GCgen0size"] = "800000";
        WithoutDiagnosticPorts(info.Environment);

        info.Environment["DOTNET_GCHeapHardLimit"] = HeapLimit(briefings).ToString("x", CultureInfo.InvariantCulture);
        try
        {
            var process = Process.Start(info);
            if (process is null)
            {
                return null;
            }

            var worker = new CardWorkerProcess(process);
            CardWorker.WriteHeader(worker._input, themeRoot, display, cacheFolder);
            worker._input.Flush();
            return worker;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// Hands over the cards to draw (their routes, staged files and contents), once, on a thread of its own: the build
    /// goes on to its pages while they are written, 64 KiB to a write. Written string by string on the build's thread, the
    /// 13,637 cards of a 10,000-briefing site took ~110,000 writes to the pipe and held the build back ~0.12 s before its
    /// first page. A worker that is gone by then confirms no card, and <see cref="Finish"/>'s caller draws them all.
    /// </summary>
    public void Send(IReadOnlyList<(string Route, string Staged, CardContent Content)> jobs)
    {
        _sending = Task.Factory.StartNew(() => Try(() =>
        {
            // Not disposed: that would close the worker's input, which the commands still need.
            var buffered = new BufferedStream(_input.BaseStream, 64 * 1024);
            using (var writer = new BinaryWriter(buffered, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                CardWorker.WriteJobs(writer, jobs);
            }

            buffered.Flush();
        }), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The cards being handed over (<see cref="Send"/>), or null.</summary>
    private Task<bool>? _sending;

    /// <summary>Waits until the cards are handed over (or the worker is found gone): the commands come after them.</summary>
    private void Sent()
    {
        if (_sending is { } sending)
        {
            WaitOrStop(((IAsyncResult)sending).AsyncWaitHandle.WaitOne);
            sending.GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// Waits with <paramref name="wait"/> (true once done) while the worker keeps writing lines; a worker silent for
    /// <see cref="StallLimit"/> since the wait began or its last line is killed, after which the wait ends soon (its pipes
    /// close: a blocked hand-over fails, the process exits).
    /// </summary>
    private void WaitOrStop(Func<TimeSpan, bool> wait)
    {
        var began = Stopwatch.GetTimestamp();
        var poll = StallLimit < TimeSpan.FromSeconds(1) ? StallLimit : TimeSpan.FromSeconds(1);
        while (!wait(poll))
        {
            if (Stopwatch.GetElapsedTime(Math.Max(began, Interlocked.Read(ref _lastLine))) >= StallLimit)
            {
                Kill();
                wait(Timeout.InfiniteTimeSpan);
                return;
            }
        }
    }

    /// <summary>Lets the worker draw on every core (the build's pages are written).</summary>
    public void Widen()
    {
        if (!_widened)
        {
            _widened = true;
            Sent();
            Try(() => _input.Write(CardWorker.WidenCommand));
        }
    }

    /// <summary>
    /// An <c>ok</c> line's card index, and its file's stamp when the line gives one (<c>N LENGTH TICKS</c>); null when
    /// the line is not one the worker writes.
    /// </summary>
    internal static (int Card, Caching.FileStamp? Stamp)? Confirmation(ReadOnlySpan<char> rest)
    {
        Span<Range> parts = stackalloc Range[4];
        var count = rest.Split(parts, ' ');
        if ((count != 1 && count != 3) || !int.TryParse(rest[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var card))
        {
            return null;
        }

        if (count == 3 && long.TryParse(rest[parts[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            && long.TryParse(rest[parts[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return (card, new Caching.FileStamp(length, ticks));
        }

        return count == 1 ? (card, null) : null;
    }

    /// <summary>The size and time of the cards the worker confirmed with them, by index (complete once <see cref="Finish"/> returned).</summary>
    public IReadOnlyDictionary<int, Caching.FileStamp> Stamps
    {
        get
        {
            lock (_gate)
            {
                return _confirmed.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!.Value);
            }
        }
    }

    /// <summary>Waits for the worker to end; the indexes (in the list sent) of the cards it wrote, in any order.</summary>
    public IReadOnlyCollection<int> Finish()
    {
        if (!_ended)
        {
            _ended = true;
            Sent();
            Try(() => _input.Write(CardWorker.FinishCommand));
            Close();
            WaitOrStop(_process.WaitForExit);
            _reader.Join();
        }

        lock (_gate)
        {
            return [.. _confirmed.Keys]; // a worker that did not end as it should (no "done"): only what it confirmed counts
        }
    }

    /// <summary>Stops the worker if it still runs (the build failed): no card is started after this.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_ended)
        {
            _ended = true;
            // Waited for without rethrowing: what the hand-over threw, Widen or Finish has reported, or the build failed anyway.
            if (_sending is IAsyncResult sending && !sending.AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(10)))
            {
                Kill(); // a worker that stopped reading its cards: the write then fails, and ends
                sending.AsyncWaitHandle.WaitOne();
            }

            Close(); // its input ends before the finish command: it stops
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                Kill();
                _process.WaitForExit();
            }

            _reader.Join();
        }

        _process.Dispose(); // and its streams; the writer over its input holds nothing of its own
    }

    /// <summary>
    /// Removes what would suspend the worker before its first line: a diagnostic port in suspend mode, inherited from a
    /// build run under a tool (<c>dotnet-trace collect -- briefing …</c>), waits for a connection no tool makes to the worker.
    /// </summary>
    internal static void WithoutDiagnosticPorts(IDictionary<string, string?> environment)
    {
        foreach (var prefix in new[] { "DOTNET_", "COMPlus_" })
        {
            environment.Remove(prefix + "DiagnosticPorts");
            environment.Remove(prefix + "DefaultDiagnosticPortSuspend");
        }
    }

    /// <summary>
    /// The worker's heap limit: 48 MiB (its painters' glyph tables, its fonts, a card's buffers) and 3 KiB a briefing
    /// (the list of cards, ~1.4 a briefing, and what their texts hold). A worker that runs out draws no more, and the
    /// build draws the rest.
    /// </summary>
    internal static long HeapLimit(int briefings) => (48L << 20) + ((long)briefings * (3L << 10));

    private void Kill()
    {
        try
        {
            _process.Kill();
        }
        catch (InvalidOperationException)
        {
        }
    }

    private void Close() => Try(() =>
    {
        _input.Flush();
        _process.StandardInput.Close();
    });

    private bool Try(Action write)
    {
        try
        {
            write();
            _input.Flush();
            return true;
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
            return false; // the worker is gone (a broken pipe): Finish returns what it confirmed
        }
    }

    private void ReadOutput()
    {
        try
        {
            while (_process.StandardOutput.ReadLine() is { } line)
            {
                Interlocked.Exchange(ref _lastLine, Stopwatch.GetTimestamp());
                lock (_gate)
                {
                    if (line.StartsWith("ok ", StringComparison.Ordinal) && Confirmation(line.AsSpan(3)) is var (card, stamp))
                    {
                        _confirmed[card] = stamp;
                    }
                    else if (line.StartsWith("peak ", StringComparison.Ordinal) && long.TryParse(line.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var peak))
                    {
                        Interlocked.Exchange(ref _peak, peak);
                    }
                    else if (line == "done")
                    {
                        _done = true;
                    }
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
        }
    }

    private static string? FindExecutable()
    {
        var name = OperatingSystem.IsWindows() ? "briefing.exe" : "briefing";
        if (Environment.ProcessPath is { } self && string.Equals(Path.GetFileName(self), name, StringComparison.Ordinal))
        {
            return self;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, name);
        return File.Exists(beside) ? beside : null;
    }
}

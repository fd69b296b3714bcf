using Briefing.Model;

namespace Briefing.Cli;

/// <summary>
/// Shows a build's progress on standard error (<see cref="TerminalProgress"/>, <see cref="LineProgress"/>). The build
/// thread reports stage changes, which are few and take a lock; pages and feeds only add to an interlocked counter,
/// which the display reads when it draws. <see cref="Finish"/> (or disposing) ends the last stage and clears whatever
/// the display left on screen: it runs before anything else is printed.
/// </summary>
internal abstract class ProgressDisplay : IBuildProgress, IDisposable
{
    /// <summary>How long a build or a stage runs before the display shows it.</summary>
    public static readonly TimeSpan Threshold = TimeSpan.FromSeconds(1);

    private long done;
    private int total;
    private string? stage;
    private long stageStarted;
    private bool finished;

    protected ProgressDisplay(TextWriter writer, TimeProvider time)
    {
        Writer = writer;
        Time = time;
        Started = time.GetTimestamp();
    }

    protected TextWriter Writer { get; }

    protected TimeProvider Time { get; }

    /// <summary>When the display was made (the build's start), in <see cref="Time"/>'s timestamps.</summary>
    protected long Started { get; }

    /// <summary>Held while stage state changes and while anything is written.</summary>
    protected Lock Gate { get; } = new();

    /// <summary>
    /// The mode for this process: a terminal when standard error is one, <c>TERM</c> is not <c>dumb</c> and <c>CI</c>
    /// is not set; plain lines otherwise.
    /// </summary>
    public static ProgressMode Detect(bool errorIsTerminal, Func<string, string?> environment) =>
        errorIsTerminal && environment("TERM") != "dumb" && string.IsNullOrEmpty(environment("CI"))
            ? ProgressMode.Terminal
            : ProgressMode.Lines;

    /// <summary>The display for <paramref name="mode"/>, or null for <see cref="ProgressMode.None"/>.</summary>
    public static ProgressDisplay? Create(ProgressMode mode, TextWriter stderr, TimeProvider time) => mode switch
    {
        ProgressMode.Terminal => new TerminalProgress(stderr, time),
        ProgressMode.Lines => new LineProgress(stderr, time),
        _ => null,
    };

    public void Stage(string name)
    {
        lock (Gate)
        {
            var now = Time.GetTimestamp();
            EndStage(now);
            if (finished)
            {
                return;
            }

            stage = name;
            stageStarted = now;
            Volatile.Write(ref total, 0);
            Interlocked.Exchange(ref done, 0);
        }
    }

    public void Total(int count) => Volatile.Write(ref total, count);

    public void Advance() => Interlocked.Increment(ref done);

    /// <summary>Ends the last stage and clears the display; later reports are ignored.</summary>
    public void Finish()
    {
        lock (Gate)
        {
            if (finished)
            {
                return;
            }

            EndStage(Time.GetTimestamp());
            finished = true;
            Cleared();
        }
    }

    public void Dispose() => Finish();

    /// <summary>The current stage, its count and total (0: none), or a null stage once finished. Callers hold <see cref="Gate"/>.</summary>
    protected (string? Stage, long Done, int Total) Current() =>
        finished ? (null, 0, 0) : (stage, Interlocked.Read(ref done), Volatile.Read(ref total));

    /// <summary>A stage ended after <paramref name="elapsed"/> with <paramref name="count"/> of <paramref name="of"/> items done (under <see cref="Gate"/>).</summary>
    protected abstract void StageEnded(string name, long count, int of, TimeSpan elapsed);

    /// <summary>The build is over: clear the screen of the display (under <see cref="Gate"/>).</summary>
    protected abstract void Cleared();

    private void EndStage(long now)
    {
        if (stage is not null && !finished)
        {
            StageEnded(stage, Interlocked.Read(ref done), Volatile.Read(ref total), Time.GetElapsedTime(stageStarted, now));
            stage = null;
        }
    }
}

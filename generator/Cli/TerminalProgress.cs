using System.Globalization;

namespace Briefing.Cli;

/// <summary>
/// Progress on a terminal: once the build has run for <see cref="ProgressDisplay.Threshold"/>, one status line on
/// standard error (<c>pages 8,214/17,819 · 3.1 s</c>), redrawn every <see cref="Interval"/> in place with a carriage
/// return and erase-to-end-of-line, and erased when the build ends. Hand-written rather than Spectre.Console's
/// status: that costs start-up time and Native AOT warnings for one line (docs/performance.md).
/// </summary>
internal sealed class TerminalProgress : ProgressDisplay
{
    /// <summary>How often the line is redrawn.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(150);

    /// <summary>Carriage return: back to the start of the line.</summary>
    public const string Return = "\r";

    /// <summary>ANSI "erase in line" (to its end).</summary>
    public const string EraseLine = "\u001b[K";

    private readonly ITimer timer;
    private bool shown;

    public TerminalProgress(TextWriter writer, TimeProvider time)
        : base(writer, time)
    {
        timer = time.CreateTimer(_ => Draw(), null, Interval, Interval);
    }

    /// <summary>The status line for a stage: its name, count and total when it has them, and the build's time so far.</summary>
    public static string Line(string stage, long done, int total, TimeSpan elapsed)
    {
        var counts = total > 0 ? string.Create(CultureInfo.InvariantCulture, $" {done:N0}/{total:N0}")
            : done > 0 ? string.Create(CultureInfo.InvariantCulture, $" {done:N0}")
            : "";
        return string.Create(CultureInfo.InvariantCulture, $"{stage}{counts} · {elapsed.TotalSeconds:F1} s");
    }

    protected override void StageEnded(string name, long count, int of, TimeSpan elapsed)
    {
    }

    protected override void Cleared()
    {
        timer.Dispose();
        if (shown)
        {
            Writer.Write(Return + EraseLine);
            Writer.Flush();
            shown = false;
        }
    }

    private void Draw()
    {
        lock (Gate)
        {
            var (stage, done, total) = Current();
            var elapsed = Time.GetElapsedTime(Started);
            if (stage is null || elapsed < Threshold)
            {
                return;
            }

            Writer.Write(Return + Line(stage, done, total, elapsed) + EraseLine);
            Writer.Flush();
            shown = true;
        }
    }
}

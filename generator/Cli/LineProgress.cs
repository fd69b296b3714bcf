using System.Globalization;

namespace Briefing.Cli;

/// <summary>
/// Progress for pipes and CI logs: after each stage that took longer than <see cref="ProgressDisplay.Threshold"/>, one
/// plain line (<c>briefing: pages… 17,819/17,819 in 6.2 s</c>). Nothing is rewritten and nothing runs on a timer.
/// </summary>
internal sealed class LineProgress(TextWriter writer, TimeProvider time) : ProgressDisplay(writer, time)
{
    protected override void StageEnded(string name, long count, int of, TimeSpan elapsed)
    {
        if (elapsed < Threshold)
        {
            return;
        }

        var counts = of > 0 ? string.Create(CultureInfo.InvariantCulture, $" {count:N0}/{of:N0}")
            : count > 0 ? string.Create(CultureInfo.InvariantCulture, $" {count:N0}")
            : "";
        Writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"briefing: {name}…{counts} in {elapsed.TotalSeconds:F1} s"));
    }

    protected override void Cleared()
    {
    }
}

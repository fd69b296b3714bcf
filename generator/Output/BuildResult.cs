using Briefing.Model;

namespace Briefing.Output;

/// <summary>The outcome of a build: all diagnostics, what was written, and how long each stage took.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int Pages,
    int Files,
    IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}

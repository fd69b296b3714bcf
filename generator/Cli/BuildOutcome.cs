using Briefing.Output;

namespace Briefing.Cli;

/// <summary>How one build ended: its exit code, its result (null when it could not run or write), and the error line printed instead of a result.</summary>
internal sealed record BuildOutcome(int Code, BuildResult? Result, string? Error);

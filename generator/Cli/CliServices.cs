using System.CommandLine;
using Briefing.Content;
using Briefing.Output;

namespace Briefing.Cli;

/// <summary>
/// What <see cref="Program"/> hands every command besides its writers: the clock, the environment, and the stages
/// a command runs, which tests replace (a build that throws, a short wait for the build lock).
/// </summary>
internal sealed record CliServices(TimeProvider Time, Func<string, string?> Environment)
{
    /// <summary>The process's own clock and environment, the real stages.</summary>
    public static CliServices System => new(TimeProvider.System, global::System.Environment.GetEnvironmentVariable);

    /// <summary>One build (<see cref="BuildPipeline.Run"/>); the flag keeps the output's search index.</summary>
    public Func<BuildRequest, bool, BuildResult> Build { get; init; } = BuildPipeline.Run;

    /// <summary>Loading content/ for <c>check</c> (<see cref="SiteLoader.Load"/>).</summary>
    public Func<string, LoadOptions, LoadResult> Load { get; init; } = SiteLoader.Load;

    /// <summary>How <c>build</c> shows its progress: nothing unless the process's own console asks (<see cref="Program.Main"/>).</summary>
    public ProgressMode Progress { get; init; } = ProgressMode.None;

    /// <summary>How long a build waits for another build of the same site to finish before it gives up.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether to print stack traces: <c>--verbose</c> (on every command) or <c>BRIEFING_VERBOSE=1</c>.</summary>
    public bool Verbose(ParseResult parse) =>
        parse.GetValue<bool>(CommonOptions.VerboseName) || InternalError.VerboseByEnvironment(Environment);
}

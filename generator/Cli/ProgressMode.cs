namespace Briefing.Cli;

/// <summary>How <c>build</c> shows its progress on standard error.</summary>
public enum ProgressMode
{
    /// <summary>Nothing: <c>--quiet</c>, <c>serve</c>'s rebuilds, and the CLI run inside another program (tests).</summary>
    None,

    /// <summary>Pipes and CI logs: one plain line per stage that took over a second, after it ended.</summary>
    Lines,

    /// <summary>A terminal: once the build has run a second, one status line rewritten in place.</summary>
    Terminal,
}

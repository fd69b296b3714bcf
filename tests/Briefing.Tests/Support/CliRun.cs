namespace Briefing.Tests.Support;

/// <summary>The result of running the CLI in-process: exit code and what it printed.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The printed diagnostic lines (<c>path:line:col: error|warning …</c>).</summary>
    public IReadOnlyList<string> DiagnosticLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Where(l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal))
        .ToArray();
}

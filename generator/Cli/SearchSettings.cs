namespace Briefing.Cli;

/// <summary>Whether a build indexes the site with Pagefind, and where it may look for the executable.</summary>
/// <param name="Enabled">False for <c>--no-search</c>: no index is made and an existing <c>pagefind/</c> is removed.</param>
/// <param name="ExplicitPath">The <c>--pagefind PATH</c> option, or null.</param>
/// <param name="Environment">Reads an environment variable (<c>BRIEFING_PAGEFIND</c>, <c>PATH</c>); tests pass their own.</param>
public sealed record SearchSettings(bool Enabled, string? ExplicitPath, Func<string, string?> Environment)
{
    /// <summary>No search index (programmatic builds that do not ask for one).</summary>
    public static SearchSettings Off { get; } = new(false, null, _ => null);

    /// <summary>Search on, looking in the process's environment.</summary>
    public static SearchSettings FromProcess(string? explicitPath = null) =>
        new(true, explicitPath, System.Environment.GetEnvironmentVariable);
}

namespace Briefing.Cli;

/// <summary>What <c>briefing serve</c> shares between its rebuilds and its requests.</summary>
public sealed class PreviewState
{
    private volatile IReadOnlyList<string>? _failure;

    public LiveReload LiveReload { get; } = new();

    /// <summary>The printed diagnostics of the last build when it failed, else null: while set, every page is the error page.</summary>
    public IReadOnlyList<string>? Failure
    {
        get => _failure;
        set => _failure = value;
    }
}

namespace Briefing.Cli;

/// <summary>Process exit codes.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content or theme has errors; they were printed as <c>path:line:col: error …</c>.</summary>
    public const int ContentErrors = 1;

    /// <summary>An I/O failure (permissions, disk full) or a bug.</summary>
    public const int Failure = 3;
}

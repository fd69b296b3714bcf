namespace Briefing.Cli;

/// <summary>
/// Finds the Pagefind executable, first match wins: <c>--pagefind PATH</c>; the environment variable
/// <c>BRIEFING_PAGEFIND</c>; <c>node_modules/.bin/pagefind</c> in the source root; <c>tests/tools/node_modules/.bin/pagefind</c>
/// under the source root (the repository's pinned tools); <c>pagefind</c> on <c>PATH</c>.
/// </summary>
public static class PagefindLocator
{
    public const string EnvironmentVariable = "BRIEFING_PAGEFIND";

    /// <summary>The line printed when no Pagefind was found (not an error: the site is complete without search).</summary>
    public const string NotFoundNote =
        "note: search index skipped: pagefind not found; install it with npm ci --prefix tests/tools, or set BRIEFING_PAGEFIND";

    /// <summary>The executable and how it was found, or the reason it could not be used.</summary>
    public sealed record Result(string? Path, string? FoundBy, string? Error)
    {
        public bool Found => Path is not null;
    }

    public static Result Locate(string sourceRoot, SearchSettings settings)
    {
        // A path the user named must exist: silently falling back to another Pagefind would hide the mistake.
        if (!string.IsNullOrEmpty(settings.ExplicitPath))
        {
            return Named(settings.ExplicitPath, "--pagefind");
        }

        if (settings.Environment(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return Named(fromEnvironment, EnvironmentVariable);
        }

        foreach (var relative in new[] { "node_modules/.bin", "tests/tools/node_modules/.bin" })
        {
            if (Executable(Path.Combine(sourceRoot, relative), "pagefind") is { } local)
            {
                return new Result(local, relative + "/pagefind", null);
            }
        }

        foreach (var folder in (settings.Environment("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Executable(folder, "pagefind") is { } onPath)
            {
                return new Result(onPath, "PATH", null);
            }
        }

        return new Result(null, null, null);
    }

    private static Result Named(string path, string by)
    {
        var full = Path.GetFullPath(path);
        return IsExecutable(full)
            ? new Result(full, by, null)
            : new Result(null, null, $"error: {by} names {path}, which is not an executable file (unset it to search node_modules and PATH)");
    }

    /// <summary><paramref name="name"/> in <paramref name="folder"/> (with a Windows extension on Windows), when it can be run.</summary>
    private static string? Executable(string folder, string name)
    {
        var extensions = OperatingSystem.IsWindows() ? new[] { ".cmd", ".exe", ".bat" } : new[] { string.Empty };
        foreach (var extension in extensions)
        {
            var candidate = Path.Combine(folder, name + extension);
            if (IsExecutable(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }
}

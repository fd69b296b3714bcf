using System.Reflection;
using Briefing.Content;

namespace Briefing.Cli;

/// <summary>
/// The last resort for an exception nothing else handled (a bug, or an I/O failure no stage expected): one line on
/// stderr that names the file when it is known, the stack trace only when asked for (<c>--verbose</c> or
/// <c>BRIEFING_VERBOSE=1</c>). A trace is noise to someone writing a briefing, and the line is what they report.
/// </summary>
internal static class InternalError
{
    /// <summary>Prints <paramref name="error"/> and returns the exit code for it.</summary>
    /// <param name="during">What was going on (<c>building</c>), when the file is not known; null for none.</param>
    public static int Report(Exception error, string? during, bool verbose, TextWriter stderr)
    {
        stderr.WriteLine(Line(error, during));
        if (verbose)
        {
            stderr.WriteLine(error.ToString());
        }

        return ExitCodes.Failure;
    }

    /// <summary>The one line: <c>error: internal error while reading content/x.md: message; please report</c>.</summary>
    public static string Line(Exception error, string? during = null)
    {
        var cause = Unwrap(error);
        if (cause is ContentReadException read)
        {
            var inner = Unwrap(read.InnerException ?? read);
            // Not a bug: a file that cannot be read (permissions, a dangling link) is the user's to fix.
            return inner is IOException or UnauthorizedAccessException
                ? $"error: could not read {read.Path}: {OneLine(inner.Message)}"
                : $"error: internal error while reading {read.Path}: {OneLine(inner.Message)}; please report";
        }

        var where = during is null ? string.Empty : $" while {during}";
        return $"error: internal error{where}: {OneLine(cause.Message)}; please report";
    }

    /// <summary>Whether the user asked for stack traces through the environment.</summary>
    public static bool VerboseByEnvironment(Func<string, string?> environment) =>
        environment("BRIEFING_VERBOSE") is { } value && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>The exception that says what went wrong: Parallel.For and reflection wrap it in theirs.</summary>
    private static Exception Unwrap(Exception error)
    {
        while (true)
        {
            switch (error)
            {
                case AggregateException { InnerExceptions.Count: > 0 } aggregate:
                    error = aggregate.InnerExceptions[0];
                    break;
                case TargetInvocationException { InnerException: { } inner }:
                    error = inner;
                    break;
                default:
                    return error;
            }
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}

using Briefing.Cli;
using Briefing.Content;
using Briefing.Output;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary>Anything unexpected in a command becomes one line on stderr and exit code 3; the stack trace only when asked for.</summary>
public sealed class InternalErrorTests
{
    private const string Briefing = """
        -- content/briefings/2025/x.md --
        ---
        title: "X"
        date: 2025-06-26
        summary: "S"
        ---
        Body.
        """;

    private static CliServices Throwing(Exception error, Dictionary<string, string>? environment = null) =>
        new(new FixedTime(SiteCli.Now), name => environment?.GetValueOrDefault(name))
        {
            Build = (_, _) => throw error,
            Load = (_, _) => throw error,
        };

    private static CliRun Run(TestSite site, CliServices services, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run([.. args, "--source", site.Root], stdout, stderr, services);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("build", "--no-search")]
    [InlineData("check", "--drafts")]
    public void AnInternalError_IsOneLine_WithExitCode3_AndNoStackTrace(string command, string option)
    {
        // Given a site whose build or check throws something nobody expected
        using var site = TestSite.Create(Briefing);

        // When the command runs
        var run = Run(site, Throwing(new InvalidOperationException("Sequence contains no elements")), command, option);

        // Then it prints exactly one line and exits with 3
        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal("error: internal error: Sequence contains no elements; please report\n", run.Stderr);
    }

    [Fact]
    public void AnInternalErrorInAFile_NamesTheFile()
    {
        // Given a loader that fails on one file (as FileBatch reports it)
        using var site = TestSite.Create(Briefing);
        var error = new ContentReadException("content/briefings/2025/x.md", new InvalidOperationException("Expected 'MappingEnd', got\n'Scalar'."));

        // When the site is built
        var run = Run(site, Throwing(new AggregateException(error)), "build", "--no-search");

        // Then the one line names the file (the message on one line)
        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal("error: internal error while reading content/briefings/2025/x.md: Expected 'MappingEnd', got 'Scalar'.; please report\n", run.Stderr);
    }

    [Fact]
    public void Verbose_AddsTheStackTrace()
    {
        // Given a build that throws
        using var site = TestSite.Create(Briefing);
        var services = new CliServices(new FixedTime(SiteCli.Now), _ => null) { Build = (_, _) => Fail() };

        // When it runs with --verbose
        var run = Run(site, services, "build", "--no-search", "--verbose");

        // Then the line comes first, then the trace
        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("error: internal error: deep failure; please report\nSystem.InvalidOperationException: deep failure\n", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void BriefingVerboseInTheEnvironment_AddsTheStackTrace()
    {
        // Given BRIEFING_VERBOSE=1 and a check that throws
        using var site = TestSite.Create(Briefing);
        var services = Throwing(new InvalidOperationException("boom"), new Dictionary<string, string> { ["BRIEFING_VERBOSE"] = "1" });

        // When check runs, then the trace follows the line
        var run = Run(site, services, "check");
        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("error: internal error: boom; please report\n", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("   at ", run.Stderr, StringComparison.Ordinal);
    }

    private static BuildResult Fail() => throw new InvalidOperationException("deep failure");
}

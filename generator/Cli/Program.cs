using System.CommandLine;

namespace Briefing.Cli;

/// <summary>The <c>briefing</c> command line.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error, TimeProvider.System);

    /// <summary>Runs the CLI with the given writers and the system clock.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, TimeProvider.System);

    /// <summary>Runs the CLI with the given writers and clock (tests pass their own).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time) =>
        Run(args, stdout, stderr, time, Environment.GetEnvironmentVariable);

    /// <summary>Runs the CLI with the given writers, clock and environment variables (where <c>build</c> looks for Pagefind).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time, Func<string, string?> environment)
    {
        var parse = Parse(args, stdout, stderr, time, environment);
        return parse.Invoke(Configuration(stdout, stderr));
    }

    /// <summary>Runs the CLI until it ends or <paramref name="cancel"/> fires (how tests stop <c>serve</c>).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time, CancellationToken cancel)
    {
        var parse = Parse(args, stdout, stderr, time, Environment.GetEnvironmentVariable);
        return parse.InvokeAsync(Configuration(stdout, stderr), cancel);
    }

    private static ParseResult Parse(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time, Func<string, string?> environment)
    {
        SearchSettings Search(string? pagefind) => new(true, pagefind, environment);
        var root = new RootCommand("Briefing: builds a talent-news site from Markdown briefings and YAML registries.")
        {
            BuildCommand.Create(stdout, stderr, time, Search),
            CheckCommand.Create(stdout, stderr, time),
            NewCommand.Create(stdout, stderr, time),
            ServeCommand.Create(stdout, stderr, time, Search),
        };
        return root.Parse(args);
    }

    private static InvocationConfiguration Configuration(TextWriter stdout, TextWriter stderr) => new() { Output = stdout, Error = stderr };
}

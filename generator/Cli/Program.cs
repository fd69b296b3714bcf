using System.CommandLine;

namespace Briefing.Cli;

/// <summary>The <c>briefing</c> command line.</summary>
public static class Program
{
    /// <summary>The process's entry: its console, clock and environment; progress as its standard error allows.</summary>
    public static int Main(string[] args) => args is [Media.Cards.CardWorker.Argument]
        ? Media.Cards.CardWorker.Run(Console.OpenStandardInput(), Console.Out, Console.Error)
        : Run(args, Console.Out, Console.Error, CliServices.System with
    {
        Progress = ProgressDisplay.Detect(!Console.IsErrorRedirected, Environment.GetEnvironmentVariable),
    });

    /// <summary>Runs the CLI with the given writers and the system clock.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, TimeProvider.System);

    /// <summary>Runs the CLI with the given writers and clock (tests pass their own).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time) =>
        Run(args, stdout, stderr, time, Environment.GetEnvironmentVariable);

    /// <summary>Runs the CLI with the given writers, clock and environment variables (where <c>build</c> looks for Pagefind).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time, Func<string, string?> environment) =>
        Run(args, stdout, stderr, new CliServices(time, environment));

    /// <summary>Runs the CLI until it ends or <paramref name="cancel"/> fires (how tests stop <c>serve</c>).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time, CancellationToken cancel) =>
        RunAsync(args, stdout, stderr, new CliServices(time, Environment.GetEnvironmentVariable), cancel);

    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, CliServices services)
    {
        var parse = Parse(args, stdout, stderr, services);
        try
        {
            return parse.Invoke(Configuration(stdout, stderr));
        }
        catch (Exception ex)
        {
            return InternalError.Report(ex, null, services.Verbose(parse), stderr);
        }
    }

    internal static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CliServices services, CancellationToken cancel)
    {
        var parse = Parse(args, stdout, stderr, services);
        try
        {
            return await parse.InvokeAsync(Configuration(stdout, stderr), cancel);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancel.IsCancellationRequested)
        {
            return InternalError.Report(ex, null, services.Verbose(parse), stderr);
        }
    }

    private static ParseResult Parse(string[] args, TextWriter stdout, TextWriter stderr, CliServices services)
    {
        SearchSettings Search(string? pagefind) => new(true, pagefind, services.Environment);
        var root = new RootCommand("Briefing: builds a talent-news site from Markdown briefings and YAML registries.")
        {
            BuildCommand.Create(stdout, stderr, services, Search),
            CheckCommand.Create(stdout, stderr, services),
            NewCommand.Create(stdout, stderr, services.Time),
            ServeCommand.Create(stdout, stderr, services, Search),
            DigestCommand.Create(stdout, stderr, services),
        };
        root.Options.Add(CommonOptions.Verbose());
        return root.Parse(args);
    }

    /// <summary>System.CommandLine's own handler would print a bare stack trace: ours prints one line (see <see cref="InternalError"/>).</summary>
    private static InvocationConfiguration Configuration(TextWriter stdout, TextWriter stderr) =>
        new() { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
}

using System.CommandLine;

namespace Briefing.Cli;

/// <summary>The <c>briefing</c> command line.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the CLI with the given writers (tests pass their own).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Briefing: builds a talent-news site from Markdown briefings and YAML registries.")
        {
            BuildCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr),
        };
        var parse = root.Parse(args);
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}

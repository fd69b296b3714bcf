using Briefing.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary>Runs any <c>briefing</c> command on a test site, in-process, with a fixed clock.</summary>
internal static class SiteCli
{
    /// <summary>"Now" for these tests: after every briefing of the shared test sites, before the scheduled ones.</summary>
    public static readonly DateTimeOffset Now = new(2025, 7, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Runs <paramref name="args"/> followed by <c>--source</c> and the site's folder.</summary>
    public static CliRun Cli(this TestSite site, params string[] args) => site.CliAt(Now, args);

    public static CliRun CliAt(this TestSite site, DateTimeOffset now, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run([.. args, "--source", site.Root], stdout, stderr, new FixedTime(now), name => site.Environment.GetValueOrDefault(name));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public static string Read(this TestSite site, string relativePath) => File.ReadAllText(Path.Combine(site.Root, relativePath));

    public static bool Exists(this TestSite site, string relativePath) => File.Exists(Path.Combine(site.Root, relativePath));
}

using Briefing.Cli;
using Briefing.Content;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary>Two builds of one site (a <c>build</c> while <c>serve</c> rebuilds) never write its output at once.</summary>
public sealed class BuildLockTests
{
    private const string Site = """
        -- content/briefings/2025/x.md --
        ---
        title: "X"
        date: 2025-06-26
        summary: "S"
        ---
        Body.
        """;

    private static readonly int Pid = Environment.ProcessId;

    private static (int Code, string Stdout, string Stderr) Build(TestSite site, TimeSpan lockWait)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var request = new BuildRequest(site.Root, site.Output, new LoadOptions(false, null, false, SiteCli.Now));
        var services = new CliServices(new FixedTime(SiteCli.Now), _ => null) { LockWait = lockWait };
        var outcome = BuildCommand.Execute(request, quiet: false, showTimings: false, stdout, stderr, services, "briefing build", ProgressMode.None);
        return (outcome.Code, stdout.ToString(), WithoutWarnings(stderr.ToString()));
    }

    /// <summary>What the build printed apart from the test site's editorial warnings.</summary>
    private static string WithoutWarnings(string stderr) =>
        string.Concat(stderr.Split('\n').SkipLast(1).Where(l => !l.Contains(": warning ", StringComparison.Ordinal)).Select(l => l + "\n"));

    private static BuildLock Hold(TestSite site)
    {
        var held = BuildLock.Acquire(site.Output, "briefing serve", "public/", TimeSpan.Zero, TextWriter.Null, out var error);
        Assert.Null(error);
        return held!;
    }

    [Fact]
    public void ABuildWhileAnotherHoldsTheLock_WaitsForIt_ThenBuilds()
    {
        // Given serve's rebuild holding the site's lock, releasing it a moment later
        using var site = TestSite.Create(Site);
        var held = Hold(site);
        using var release = new Timer(_ => held.Dispose(), null, TimeSpan.FromMilliseconds(400), Timeout.InfiniteTimeSpan);

        // When a build starts
        var (code, stdout, stderr) = Build(site, TimeSpan.FromSeconds(20));

        // Then it said once whom it waited for, and built
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($"waiting for the build in process {Pid} (briefing serve) to finish…\n", stderr);
        Assert.StartsWith("built ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ABuildThatWaitsTooLong_StopsWithExitCode3_NamingTheOtherBuild()
    {
        // Given a lock held for longer than the build waits
        using var site = TestSite.Create(Site);
        using var held = Hold(site);

        // When a build starts
        var (code, _, stderr) = Build(site, TimeSpan.FromMilliseconds(300));

        // Then it stops with one clear line, and writes nothing
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal($"waiting for the build in process {Pid} (briefing serve) to finish…\n"
                     + $"error: another build (process {Pid}, briefing serve) is writing public/; try again when it finishes\n", stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void ALockFileLeftByAKilledBuild_DoesNotBlock()
    {
        // Given the lock files of a build that was killed (nobody holds them; the process is gone)
        using var site = TestSite.Create(Site);
        site.Write(".public.lock", "999999999\nbriefing build\n");
        site.Write(".public.lock.owner", "999999999\nbriefing build\n");

        // When a build starts, then it builds at once, and the lock file now names it
        var (code, _, stderr) = Build(site, TimeSpan.FromMilliseconds(300));
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal($"{Pid}\nbriefing build\n", site.Read(".public.lock"));
    }

    [Fact]
    public async Task ACliBuildBetweenServesRebuilds_Succeeds()
    {
        // Given serve running on the site (it holds the lock only while it rebuilds)
        using var site = TestSite.Create(Site);
        await using var serve = await ServeSession.StartAsync(site);

        // When the site is built from the command line into the same output
        var run = site.Cli("build", "--no-search");

        // Then it builds without waiting
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, WithoutWarnings(run.Stderr));
    }
}

using Briefing.Cli;
using Briefing.Content;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary>A build that cannot write (a full disk) says so in one line, whichever stage failed, and exits 3.</summary>
public sealed class BuildWriteFailureTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AFullDisk_IsACouldNotWriteError_NotAnInternalOne_EvenFromAParallelStage(bool parallel)
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var full = new IOException("No space left on device : '/site/.public.tmp-1/moves/page/6/index.html'");
        var services = new CliServices(new FixedTime(SiteCli.Now), _ => null)
        {
            Build = (_, _) => throw (parallel ? new AggregateException(full, new IOException("No space left on device")) : full),
        };
        var stderr = new StringWriter();

        var outcome = BuildCommand.Execute(new BuildRequest(site.Root, site.Output, new LoadOptions(Now: SiteCli.Now)), quiet: false, showTimings: false,
            TextWriter.Null, stderr, services, "briefing build", ProgressMode.None);

        Assert.Equal(ExitCodes.Failure, outcome.Code);
        Assert.Equal("error: could not write the site: No space left on device : '/site/.public.tmp-1/moves/page/6/index.html'\n", stderr.ToString());
    }

    [Fact]
    public void AnAggregateOfOtherFailures_IsNotAWriteFailure()
    {
        Assert.Null(BuildCommand.WriteFailure(new AggregateException(new IOException("disk"), new InvalidOperationException("bug"))));
        Assert.Null(BuildCommand.WriteFailure(new InvalidOperationException("bug")));
    }
}

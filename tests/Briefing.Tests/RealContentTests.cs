using Briefing.Tests.Support;

namespace Briefing.Tests;

public sealed class RealContentTests
{
    [Fact]
    public void RealContent_BuildsWithZeroErrorsAndZeroWarnings()
    {
        using var site = TestSite.Create(string.Empty, withTheme: false);
        TestSite.CopyDirectory(Path.Combine(RepoPaths.Root, "content"), Path.Combine(site.Root, "content"));
        TestSite.CopyDirectory(RepoPaths.Theme, Path.Combine(site.Root, "themes", "briefing"));

        var run = site.Build();

        Assert.Equal(string.Empty, run.Stderr);
        Assert.Equal(0, run.ExitCode);
        Assert.True(site.OutputExists("briefings/2025/vasi-philomin-leaves-aws/index.html"));
        Assert.True(site.OutputExists("companies/aws/index.html"));
    }
}

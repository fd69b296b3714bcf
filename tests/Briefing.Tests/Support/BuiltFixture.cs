namespace Briefing.Tests.Support;

/// <summary>The fixture site (tests/Briefing.Tests/Sites/fixture), built once and shared by a test class.</summary>
public sealed class BuiltFixture : IDisposable
{
    public BuiltFixture()
    {
        Site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Run = Site.Build();
        if (Run.ExitCode != 0)
        {
            throw new InvalidOperationException("The fixture site failed to build:\n" + Run.Stderr);
        }
    }

    public TestSite Site { get; }

    public CliRun Run { get; }

    public void Dispose() => Site.Dispose();
}

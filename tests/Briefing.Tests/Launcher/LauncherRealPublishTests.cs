using Briefing.Tests.Support;

namespace Briefing.Tests.Launcher;

/// <summary>
/// One real publish through the launcher (ReadyToRun, about 30 s here; Native AOT takes 2-3 minutes), then a build of
/// the fixture site with the binary. Opt in: <c>BRIEFING_TEST_REAL_PUBLISH=1 dotnet test --filter Category=RealPublish</c>.
/// Skipped otherwise, to keep the suite short; the fake-publish tests in <see cref="LauncherTests"/> cover the
/// launcher's own logic.
/// </summary>
[Trait("Category", "RealPublish")]
public sealed class LauncherRealPublishTests
{
    [RealPublishFact]
    public void RealPublish_BuildsTheFixtureSite()
    {
        using var repo = new LauncherRepo(fakePublish: false);
        var site = Path.Combine(repo.Root, "site");
        CopyTree(RepoPaths.FixtureSite, site);
        CopyTree(Path.Combine(RepoPaths.Root, "themes"), Path.Combine(site, "themes"));
        var output = Path.Combine(site, "public");
        var env = new Dictionary<string, string> { ["BRIEFING_PUBLISH"] = Environment.GetEnvironmentVariable("BRIEFING_TEST_PUBLISH_MODE") ?? "r2r" };

        var first = repo.Run(env, "build", "--source", site, "--output", output, "--no-search", "--no-cache");
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("building the optimized binary", first.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));

        var second = repo.Run(env, "check", "--source", site);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.DoesNotContain("building the optimized binary", second.Stderr, StringComparison.Ordinal);
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>A fact that runs only when BRIEFING_TEST_REAL_PUBLISH=1 (a real publish takes 30 s to 3 minutes).</summary>
public sealed class RealPublishFactAttribute : FactAttribute
{
    public RealPublishFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("BRIEFING_TEST_REAL_PUBLISH") != "1")
        {
            Skip = "a real publish: set BRIEFING_TEST_REAL_PUBLISH=1 to run it";
        }
    }
}

using Briefing.BrowserTests.Support;

namespace Briefing.BrowserTests;

/// <summary>A machine without Chromium, Java or the checker fails the tests with the command that installs it.</summary>
public sealed class PrerequisiteTests
{
    [Fact]
    public void MissingChromium_NamesTheAptCommand()
    {
        var problem = Prerequisites.ChromiumProblem("/no/such/chromium");

        Assert.NotNull(problem);
        Assert.Contains("/no/such/chromium", problem, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y chromium", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingJava_NamesTheAptCommand()
    {
        var problem = Prerequisites.VnuProblem(Prerequisites.VnuJarPath, searchPath: "/no/such/bin");

        Assert.NotNull(problem);
        Assert.Contains("apt-get install -y default-jre-headless", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingVnuJar_NamesTheNpmCommand()
    {
        var java = Path.GetDirectoryName(Prerequisites.FindOnPath("java", Environment.GetEnvironmentVariable("PATH")) ?? "/usr/bin/java");
        var problem = Prerequisites.VnuProblem("/no/such/vnu.jar", searchPath: java);

        // (On a machine without Java the Java message comes first; either names its install command.)
        Assert.NotNull(problem);
        Assert.Contains(Prerequisites.FindOnPath("java", java) is null ? "default-jre-headless" : "npm ci --prefix tests/tools", problem,
            StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPagefind_NamesTheNpmCommand()
    {
        var problem = Prerequisites.PagefindProblem("/no/such/pagefind");

        Assert.NotNull(problem);
        Assert.Contains("npm ci --prefix tests/tools", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ThisMachine_HasEveryPrerequisite()
    {
        var problems = new[]
        {
            Prerequisites.ChromiumProblem(Prerequisites.ChromiumPath),
            Prerequisites.VnuProblem(Prerequisites.VnuJarPath, Environment.GetEnvironmentVariable("PATH")),
            Prerequisites.PagefindProblem(Prerequisites.PagefindPath),
        }.OfType<string>().ToArray();

        Assert.True(problems.Length == 0, string.Join('\n', problems));
    }
}

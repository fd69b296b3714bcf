using Briefing.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.Search;

/// <summary>Where the build looks for Pagefind: option, BRIEFING_PAGEFIND, node_modules, tests/tools, PATH — first match wins.</summary>
public sealed class PagefindLocatorTests
{
    private static string FakePagefind(TestSite site, string relativePath, string script = "#!/bin/sh\nexit 0\n")
    {
        site.Write(relativePath, script);
        var path = Path.Combine(site.Root, relativePath);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return Path.GetFullPath(path);
    }

    private static SearchSettings With(Dictionary<string, string> env, string? option = null) => new(true, option, n => env.GetValueOrDefault(n));

    [Fact]
    public void LocalNodeModules_ComesBeforeTestsTools_WhichComesBeforePath()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the fakes are shell scripts
        }

        using var site = TestSite.Create(string.Empty, withTheme: false);
        var onPath = FakePagefind(site, "bin/pagefind");
        var env = new Dictionary<string, string> { ["PATH"] = Path.GetDirectoryName(onPath)! };
        Assert.Equal(("PATH", onPath), Found(PagefindLocator.Locate(site.Root, With(env))));

        var tools = FakePagefind(site, "tests/tools/node_modules/.bin/pagefind");
        Assert.Equal(("tests/tools/node_modules/.bin/pagefind", tools), Found(PagefindLocator.Locate(site.Root, With(env))));

        var local = FakePagefind(site, "node_modules/.bin/pagefind");
        Assert.Equal(("node_modules/.bin/pagefind", local), Found(PagefindLocator.Locate(site.Root, With(env))));

        env[PagefindLocator.EnvironmentVariable] = onPath;
        Assert.Equal((PagefindLocator.EnvironmentVariable, onPath), Found(PagefindLocator.Locate(site.Root, With(env))));

        Assert.Equal(("--pagefind", tools), Found(PagefindLocator.Locate(site.Root, With(env, tools))));
    }

    [Fact]
    public void NothingInstalled_IsNotFound_WithoutAnError()
    {
        using var site = TestSite.Create(string.Empty, withTheme: false);

        var result = PagefindLocator.Locate(site.Root, With([]));

        Assert.False(result.Found);
        Assert.Null(result.Error);
    }

    [Fact]
    public void NonExecutableFile_IsNotPagefind()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var site = TestSite.Create(string.Empty, withTheme: false);
        site.Write("node_modules/.bin/pagefind", "not a program");
        File.SetUnixFileMode(Path.Combine(site.Root, "node_modules/.bin/pagefind"), UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.False(PagefindLocator.Locate(site.Root, With([])).Found);
    }

    [Fact]
    public void FailingPagefind_FailsTheBuild_AndKeepsThePreviousIndex()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build("--pagefind", PagefindTool.Path).ExitCode);
        var index = File.ReadAllBytes(Path.Combine(site.Output, "pagefind", "pagefind.js"));
        var broken = FakePagefind(site, "broken/pagefind", "#!/bin/sh\necho 'pagefind: out of cheese' >&2\nexit 2\n");

        var run = site.Build("--pagefind", broken);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"error: search index failed: {broken} exited with code 2: pagefind: out of cheese; the previous pagefind/ was kept",
            run.Stderr, StringComparison.Ordinal);
        Assert.Equal(index, File.ReadAllBytes(Path.Combine(site.Output, "pagefind", "pagefind.js")));
    }

    private static (string?, string?) Found(PagefindLocator.Result result) => (result.FoundBy, result.Path);
}

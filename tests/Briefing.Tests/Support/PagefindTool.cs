namespace Briefing.Tests.Support;

/// <summary>The repository's pinned Pagefind (tests/tools), which search tests need: they fail, not skip, without it.</summary>
public static class PagefindTool
{
    public static string Path
    {
        get
        {
            var path = System.IO.Path.Combine(RepoPaths.Root, "tests", "tools", "node_modules", ".bin", OperatingSystem.IsWindows() ? "pagefind.cmd" : "pagefind");
            Assert.True(File.Exists(path),
                $"Pagefind is not installed at {path}: run npm ci --prefix tests/tools in the repository");
            return path;
        }
    }
}

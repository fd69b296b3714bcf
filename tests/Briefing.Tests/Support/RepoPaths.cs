namespace Briefing.Tests.Support;

/// <summary>Locates the repository from the test binaries (the folder that holds Briefing.sln).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "themes", "briefing");

    public static string FixtureSite => Path.Combine(Root, "tests", "Briefing.Tests", "Sites", "fixture");

    public static string Golden => Path.Combine(Root, "tests", "Briefing.Tests", "Golden");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Briefing.sln not found above " + AppContext.BaseDirectory);
    }
}

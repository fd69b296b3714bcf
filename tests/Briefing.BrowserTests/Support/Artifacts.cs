namespace Briefing.BrowserTests.Support;

/// <summary>Where tests leave files for people to look at: <c>$BRIEFING_ARTIFACTS</c>, or TestResults/ at the repository root.</summary>
public static class Artifacts
{
    public static string Folder(string name)
    {
        var root = Environment.GetEnvironmentVariable("BRIEFING_ARTIFACTS") is { Length: > 0 } custom
            ? custom
            : Path.Combine(RepoPaths.Root, "TestResults");
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}

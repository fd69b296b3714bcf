namespace Briefing.BrowserTests.Support;

/// <summary>
/// What the browser and HTML-validity tests need from the machine, and how to install each. A missing tool fails the
/// tests with the install command: skipping them would let a CI machine without Chromium pass without testing anything.
/// </summary>
public static class Prerequisites
{
    /// <summary>The Chromium the tests launch: <c>$BRIEFING_CHROMIUM</c>, or Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("BRIEFING_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>The Nu Html Checker jar installed by <c>npm ci --prefix tests/tools</c>.</summary>
    public static string VnuJarPath => Path.Combine(RepoPaths.Root, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>The pinned Pagefind installed by <c>npm ci --prefix tests/tools</c> (the builds index both sites with it).</summary>
    public static string PagefindPath => Path.Combine(RepoPaths.Root, "tests", "tools", "node_modules", ".bin", "pagefind");

    /// <summary>Why the search tests cannot run (no Pagefind, so no index), or null.</summary>
    public static string? PagefindProblem(string pagefind) => File.Exists(pagefind)
        ? null
        : $"The search tests need Pagefind at {pagefind}, which does not exist, so the sites were built without a search index. "
          + "Install the pinned test tools with `npm ci --prefix tests/tools` (.ci/run does this).";

    /// <summary>Why the browser tests cannot run with the Chromium at <paramref name="chromium"/>, or null when it is there.</summary>
    public static string? ChromiumProblem(string chromium) => File.Exists(chromium)
        ? null
        : $"The browser tests need Chromium at {chromium}, which does not exist. Install it with `apt-get install -y chromium` "
          + "(Debian; .ci/run does this), or set BRIEFING_CHROMIUM to a Chromium executable. Playwright's own browser "
          + "download is not used.";

    /// <summary>Why the Nu Html Checker cannot run (no <c>java</c> on <paramref name="searchPath"/>, or no jar), or null.</summary>
    public static string? VnuProblem(string jar, string? searchPath)
    {
        if (FindOnPath("java", searchPath) is null)
        {
            return "The HTML validity tests need Java (the Nu Html Checker is a jar) and `java` is not on PATH. "
                   + "Install it with `apt-get install -y default-jre-headless` (.ci/run does this).";
        }

        return File.Exists(jar)
            ? null
            : $"The HTML validity tests need the Nu Html Checker at {jar}, which does not exist. "
              + "Install the pinned test tools with `npm ci --prefix tests/tools` (.ci/run does this).";
    }

    /// <summary>The full path of <paramref name="program"/> in the folders of <paramref name="searchPath"/> (PATH syntax), or null.</summary>
    public static string? FindOnPath(string program, string? searchPath) =>
        (searchPath ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, program))
        .FirstOrDefault(File.Exists);
}

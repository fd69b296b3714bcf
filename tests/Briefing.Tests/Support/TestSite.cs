using System.Text;
using Briefing.Cli;

namespace Briefing.Tests.Support;

/// <summary>
/// A site in a temporary folder, written from an inline description (Hugo's txtar style):
/// <code>
/// -- content/site.yml --
/// title: T
/// -- content/briefings/2025/a.md --
/// ---
/// title: A
/// </code>
/// The real theme is copied in unless the description brings its own <c>themes/</c> files.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string SiteYml = """
        title: Test Briefing
        base_url: https://example.org/
        description: A test site.
        language: en
        """;

    private TestSite(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "public");

    /// <summary>Creates a site from <paramref name="files"/>; adds a default site.yml and the real theme when absent.</summary>
    public static TestSite Create(string files, bool withTheme = true)
    {
        var root = Path.Combine(Path.GetTempPath(), "briefing-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var site = new TestSite(root);
        foreach (var (path, text) in Parse(files))
        {
            site.Write(path, text);
        }

        if (!File.Exists(Path.Combine(root, "content", "site.yml")))
        {
            site.Write("content/site.yml", SiteYml + "\n");
        }

        if (withTheme && !Directory.Exists(Path.Combine(root, "themes")))
        {
            CopyDirectory(RepoPaths.Theme, Path.Combine(root, "themes", "briefing"));
        }

        return site;
    }

    /// <summary>A copy of a folder (the fixture site) with the real theme beside its content.</summary>
    public static TestSite CopyOf(string siteFolder)
    {
        var site = Create(string.Empty, withTheme: false);
        CopyDirectory(siteFolder, site.Root);
        if (!Directory.Exists(Path.Combine(site.Root, "themes")))
        {
            CopyDirectory(RepoPaths.Theme, Path.Combine(site.Root, "themes", "briefing"));
        }

        return site;
    }

    public void Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    /// <summary>
    /// Environment variables the CLI sees in <see cref="Build"/>: none by default, so no <c>BRIEFING_PAGEFIND</c> or
    /// <c>PATH</c> of the machine decides whether a test site gets a search index (tests that want one pass <c>--pagefind</c>).
    /// </summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>Runs <c>briefing build</c> (plus <paramref name="extraArgs"/>) through the real CLI entry point.</summary>
    public CliRun Build(params string[] extraArgs)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var args = new[] { "build", "--source", Root }.Concat(extraArgs).ToArray();
        var code = Program.Run(args, stdout, stderr, TimeProvider.System, name => Environment.GetValueOrDefault(name));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public bool OutputExists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    internal static IEnumerable<(string Path, string Text)> Parse(string description)
    {
        string? path = null;
        var text = new StringBuilder();
        foreach (var line in description.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null)
                {
                    yield return (path, text.ToString());
                }

                path = line[3..^3].Trim();
                text.Clear();
            }
            else if (path is not null)
            {
                text.Append(line).Append('\n');
            }
        }

        if (path is not null)
        {
            yield return (path, text.ToString());
        }
    }

    internal static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(from, dir);
            if (rel.Split(Path.DirectorySeparatorChar).Any(p => p is "public" or "bin" or "obj"))
            {
                continue;
            }

            Directory.CreateDirectory(Path.Combine(to, rel));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(from, file);
            if (rel.Split(Path.DirectorySeparatorChar).Any(p => p is "public" or "bin" or "obj"))
            {
                continue;
            }

            File.Copy(file, Path.Combine(to, rel), overwrite: true);
        }
    }
}

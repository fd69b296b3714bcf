using System.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Launcher;

/// <summary>
/// A temporary copy of what the <c>./briefing</c> launcher hashes (the launcher, generator/ without bin/ and obj/, the
/// props files), outside any git checkout, with its own BRIEFING_BIN_DIR. The real sources are never touched. Unless a
/// test asks for a real publish, BRIEFING_PUBLISH_CMD stands in for dotnet publish: it writes a fake `briefing` that
/// prints the mode and the version file it was "built" from, and counts its calls.
/// </summary>
public sealed class LauncherRepo : IDisposable
{
    public LauncherRepo(bool fakePublish = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "briefing-launcher-" + Guid.NewGuid().ToString("N")[..12]);
        BinDir = Path.Combine(Root, "bin-cache");
        var repo = Path.Combine(Root, "repo");
        Repo = repo;
        Directory.CreateDirectory(repo);
        File.Copy(Path.Combine(RepoPaths.Root, "briefing"), Path.Combine(repo, "briefing"));
        MakeExecutable(Path.Combine(repo, "briefing"));
        foreach (var props in new[] { "Directory.Build.props", "Directory.Packages.props", ".editorconfig" })
        {
            File.Copy(Path.Combine(RepoPaths.Root, props), Path.Combine(repo, props));
        }

        CopySources(Path.Combine(RepoPaths.Root, "generator"), Path.Combine(repo, "generator"));
        if (fakePublish)
        {
            PublishScript = Path.Combine(Root, "fake-publish");
            File.WriteAllText(PublishScript, $$"""
                #!/usr/bin/env bash
                # fake-publish MODE OUTDIR: counts its calls, then "builds" a briefing that names its sources' version.
                set -euo pipefail
                echo x >>"{{Root}}/publish-count"
                [[ -f "{{repo}}/fail-publish" ]] && exit 1
                mkdir -p "$2"
                version=$(cat "{{repo}}/generator/version.txt" 2>/dev/null || echo none)
                printf '#!/usr/bin/env bash\necho "fake %s %s: $*"\n' "$1" "$version" >"$2/briefing"
                chmod +x "$2/briefing"
                """.Replace("\r\n", "\n", StringComparison.Ordinal));
            MakeExecutable(PublishScript);
        }
    }

    public string Root { get; }

    public string Repo { get; }

    public string BinDir { get; }

    public string? PublishScript { get; }

    public int Publishes => File.Exists(Path.Combine(Root, "publish-count")) ? File.ReadAllLines(Path.Combine(Root, "publish-count")).Length : 0;

    /// <summary>The binary folders in the bin dir (not .artifacts, .lock or the log).</summary>
    public IReadOnlyList<string> BinaryFolders =>
        Directory.Exists(BinDir)
            ? Directory.GetDirectories(BinDir).Select(d => Path.GetFileName(d)).Where(n => !n.StartsWith('.')).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The launcher's key for the current sources (BRIEFING_LAUNCHER_KEY=1).</summary>
    public string Key(string mode = "aot") =>
        Run(new Dictionary<string, string> { ["BRIEFING_LAUNCHER_KEY"] = "1" }).Stdout.Split('\n')[0] + "-" + mode;

    public (int ExitCode, string Stdout, string Stderr) Run(IReadOnlyDictionary<string, string>? env = null, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo };
        start.ArgumentList.Add(Path.Combine(Repo, "briefing"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["BRIEFING_BIN_DIR"] = BinDir;
        start.Environment["BRIEFING_PUBLISH"] = "aot";
        if (PublishScript is not null)
        {
            start.Environment["BRIEFING_PUBLISH_CMD"] = PublishScript;
        }

        foreach (var (name, value) in env ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
        }
    }

    private static void CopySources(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            var name = Path.GetFileName(dir);
            if (name is "bin" or "obj")
            {
                continue;
            }

            CopySources(dir, Path.Combine(to, name));
        }
    }
}

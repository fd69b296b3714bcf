using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Briefing.Cli;

/// <summary>
/// Runs Pagefind over a published site and puts its index in <c>pagefind/</c>.
/// <list type="bullet">
/// <item>Pagefind reads the published output and writes into a fresh folder beside it (same file system); only when it
/// succeeded is the old <c>pagefind/</c> renamed away and the new one renamed in. A failed or killed run leaves the previous
/// index whole.</item>
/// <item>The page build keeps <c>pagefind/</c> when search is on (<c>OutputFolder.KeepFolder</c>) and removes it as stale when search
/// is off or Pagefind is missing, so the output always equals a clean build with the same settings.</item>
/// <item>A stamp beside the output (<c>.NAME.pagefind-stamp</c>) records the HTML files the index was made from (path, size,
/// mtime: the build never touches an unchanged file) and the Pagefind used. When they match and the index exists, Pagefind is
/// not run: a no-op rebuild writes nothing.</item>
/// </list>
/// </summary>
public static class SearchIndexer
{
    /// <summary>The index folder inside the output.</summary>
    public const string Folder = "pagefind";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>What happened: <see cref="Ran"/> false when the index was already up to date; <see cref="Error"/> when Pagefind failed.</summary>
    public sealed record Outcome(bool Ran, TimeSpan Elapsed, string? Error);

    public static Outcome Update(string pagefind, string outputDirectory)
    {
        var clock = Stopwatch.StartNew();
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var stampPath = Path.Combine(parent, $".{name}.pagefind-stamp");
        var index = Path.Combine(output, Folder);
        var stamp = Stamp(output, pagefind);
        if (File.Exists(Path.Combine(index, "pagefind.js")) && File.Exists(stampPath) && File.ReadAllText(stampPath) == stamp)
        {
            return new Outcome(false, clock.Elapsed, null);
        }

        var fresh = Path.Combine(parent, $".{name}.pagefind-new-{Environment.ProcessId}");
        var old = Path.Combine(parent, $".{name}.pagefind-old-{Environment.ProcessId}");
        DeleteFolder(fresh);
        DeleteFolder(old);
        Directory.CreateDirectory(fresh);
        try
        {
            if (RunPagefind(pagefind, output, Path.Combine(fresh, Folder)) is { } error)
            {
                return new Outcome(true, clock.Elapsed, error);
            }

            // The stamp goes first: if the swap below is interrupted, the stamp no longer matches what is on disk
            // (no pagefind.js, or an index without it) and the next build runs Pagefind again.
            File.Delete(stampPath);
            if (Directory.Exists(index))
            {
                Directory.Move(index, old);
            }

            Directory.Move(Path.Combine(fresh, Folder), index);
            File.WriteAllText(stampPath, stamp);
            return new Outcome(true, clock.Elapsed, null);
        }
        finally
        {
            DeleteFolder(fresh);
            DeleteFolder(old);
        }
    }

    /// <summary>Forgets the stamp when the index is removed (search off), so turning search on again re-indexes.</summary>
    public static void Forget(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var stampPath = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.pagefind-stamp");
        if (File.Exists(stampPath))
        {
            File.Delete(stampPath);
        }
    }

    /// <returns>Null on success, else the error line to print.</returns>
    private static string? RunPagefind(string pagefind, string site, string into)
    {
        // The working folder is the empty staging folder: Pagefind reads pagefind.yml/.toml/.json from it, and none may
        // leak in from wherever the build was started.
        var start = new ProcessStartInfo(pagefind)
        {
            WorkingDirectory = Path.GetDirectoryName(into)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--site", site, "--output-path", into })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new IOException($"could not start {pagefind}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            return $"error: search index failed: {pagefind} did not finish in {Timeout.TotalMinutes:F0} minutes; the previous pagefind/ was kept";
        }

        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(Path.Combine(into, "pagefind.js")))
        {
            var said = (stderr.Result + "\n" + stdout.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var tail = string.Join(" | ", said.TakeLast(3));
            return string.Create(CultureInfo.InvariantCulture,
                $"error: search index failed: {pagefind} exited with code {process.ExitCode}: {tail}; the previous pagefind/ was kept");
        }

        return null;
    }

    /// <summary>A hash of every HTML file's path, size and mtime outside pagefind/, and of the Pagefind used.</summary>
    private static string Stamp(string output, string pagefind)
    {
        var files = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(Folder + "/", StringComparison.Ordinal))
            .ToArray();
        Array.Sort(files, StringComparer.Ordinal);
        var text = new StringBuilder();
        text.Append(pagefind).Append('\n');
        var tool = new FileInfo(pagefind);
        text.Append(tool.Length).Append(' ').Append(tool.LastWriteTimeUtc.Ticks).Append('\n');
        foreach (var file in files)
        {
            var info = new FileInfo(Path.Combine(output, file));
            text.Append(file).Append('\t').Append(info.Length).Append('\t').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void DeleteFolder(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}

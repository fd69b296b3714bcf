using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Cli;
using Briefing.Tests.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.Fuzz;

/// <summary>
/// Seeded mutations of the fixture site's files — YAML-significant tokens inserted, spans deleted, files truncated,
/// lines swapped and re-indented, invalid UTF-8 — each run through the real CLI in-process: no exception may escape,
/// the exit code is 0 or 1, and every diagnostic names a file of the site and, for the mutated file, a position inside
/// it. <c>BRIEFING_FUZZ_CASES</c> sets the number of cases (default 300), <c>BRIEFING_FUZZ_SEED</c> the first seed.
/// </summary>
public sealed partial class MutatedSiteFuzzTests
{
    private static readonly string[] Tokens =
    [
        "[", "]", "{", "}", ":", ": ", "- ", "-", ",", "&a ", "*a", "*", "&", "!!", "!", "|", ">", "'", "\"", "#", "---", "...",
        "%YAML 1.2\n", "? ", "\t", "\n", "\n  ", "~", "null", "@", "`", "\\", "\u00e9", "\u200b", "\ufeff", "\u0000", "\u0007",
        "[[[[[[", "{a: ", "&x [*x]", "<<: *a", "2025-13-45", "-1", "9999999999999999999999", "javascript:", "<script>",
    ];

    [Fact]
    public void MutatedFixtureFiles_NeverEscapeAsExceptions_AndEveryDiagnosticHasAPositionInItsFile()
    {
        // Given a copy of the fixture site, and a seeded list of mutations of its content files and templates
        var cases = int.TryParse(Environment.GetEnvironmentVariable("BRIEFING_FUZZ_CASES"), CultureInfo.InvariantCulture, out var n) ? n : 300;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("BRIEFING_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 20261206;
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var targets = Directory.GetFiles(Path.Combine(site.Root, "content"), "*", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(site.Root, "themes"), "*.html", SearchOption.AllDirectories).Take(3))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var failures = new List<string>();
        var outcomes = new int[2];

        for (var i = 0; i < cases; i++)
        {
            var random = new Random(seed + i);
            var target = targets[random.Next(targets.Length)];
            var original = File.ReadAllBytes(target);
            var mutated = Mutate(original, random);
            File.WriteAllBytes(target, mutated);
            try
            {
                // When the site is built in full (loader, templates, pages, feeds, the output swap), or every third case checked
                var command = i % 3 == 2 ? "check" : "build";
                var stdout = new StringWriter();
                var stderr = new StringWriter();
                int code;
                try
                {
                    string[] args = command == "build" ? ["build", "--source", site.Root, "--no-cache", "--no-search"] : ["check", "--source", site.Root];
                    code = Program.Run(args, stdout, stderr, new FixedTime(SiteCli.Now), _ => null);
                }
                catch (Exception ex)
                {
                    failures.Add($"case {seed + i} ({Relative(site, target)}): {command} threw {ex.GetType().Name}: {ex.Message}");
                    continue;
                }

                // Then it ends with 0 or 1, prints no trace, and every diagnostic points into a file of the site
                if (code is not (0 or 1) || stderr.ToString().Contains("   at ", StringComparison.Ordinal) || stderr.ToString().Contains("internal error", StringComparison.Ordinal))
                {
                    failures.Add($"case {seed + i} ({Relative(site, target)}): {command} exited {code}: {FirstLines(stderr.ToString())}");
                    continue;
                }

                outcomes[code]++;
                foreach (var problem in Misplaced(site, stderr.ToString(), Relative(site, target), mutated))
                {
                    failures.Add($"case {seed + i} ({Relative(site, target)}): {problem}");
                }
            }
            finally
            {
                File.WriteAllBytes(target, original);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases failed (seed {seed}):\n{string.Join('\n', failures.Take(20))}");

        // And the mutations both broke the site and left it buildable (the fuzzer is not only testing one path)
        Assert.True(outcomes[0] > 0 && outcomes[1] > 0, $"succeeded {outcomes[0]}, failed {outcomes[1]}");
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var count = random.Next(1, 4);
        for (var m = 0; m < count; m++)
        {
            switch (random.Next(7))
            {
                case 0 or 1:
                    bytes.InsertRange(random.Next(bytes.Count + 1), Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
                case 2 when bytes.Count > 0:
                    var start = random.Next(bytes.Count);
                    bytes.RemoveRange(start, Math.Min(bytes.Count - start, random.Next(1, 40)));
                    break;
                case 3 when bytes.Count > 0:
                    // Duplicate a span (a pasted line twice: duplicate keys, repeated fences)
                    var from = random.Next(bytes.Count);
                    var span = bytes.GetRange(from, Math.Min(bytes.Count - from, random.Next(1, 80)));
                    bytes.InsertRange(random.Next(bytes.Count + 1), span);
                    break;
                case 4:
                    bytes = [.. SwapOrIndentLines(bytes.ToArray(), random)];
                    break;
                case 5:
                    // Invalid UTF-8: a lone continuation byte, a truncated sequence, an overlong form, a surrogate
                    byte[][] invalid = [[0x80], [0xC3], [0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF]];
                    bytes.InsertRange(random.Next(bytes.Count + 1), invalid[random.Next(invalid.Length)]);
                    break;
                default:
                    // Truncate at a random point (a save cut short)
                    bytes = bytes.Take(random.Next(bytes.Count + 1)).ToList();
                    break;
            }
        }

        return [.. bytes];
    }

    private static byte[] SwapOrIndentLines(byte[] bytes, Random random)
    {
        var lines = Encoding.Latin1.GetString(bytes).Split('\n'); // Latin-1 keeps every byte as it is
        if (lines.Length < 2)
        {
            return bytes;
        }

        var a = random.Next(lines.Length);
        var b = random.Next(lines.Length);
        switch (random.Next(3))
        {
            case 0:
                (lines[a], lines[b]) = (lines[b], lines[a]);
                break;
            case 1:
                lines[a] = new string(' ', random.Next(1, 5)) + lines[a];
                break;
            default:
                lines[a] = lines[a].TrimStart(' ');
                break;
        }

        return Encoding.Latin1.GetBytes(string.Join('\n', lines));
    }

    /// <summary>Diagnostics that name no file of the site, or a position outside the mutated file.</summary>
    private static IEnumerable<string> Misplaced(TestSite site, string printed, string mutatedPath, byte[] mutated)
    {
        var lines = Encoding.UTF8.GetString(mutated).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        foreach (var line in printed.Split('\n'))
        {
            var match = DiagnosticLine().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var path = match.Groups["path"].Value;
            var row = int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture);
            var column = int.Parse(match.Groups["col"].Value, CultureInfo.InvariantCulture);
            if (!File.Exists(Path.Combine(site.Root, path)) && !Directory.Exists(Path.Combine(site.Root, path)))
            {
                yield return $"names no file of the site: {line}";
            }
            else if (path == mutatedPath && (row < 1 || row > lines.Length + 1 || column < 1 || column > (row <= lines.Length ? lines[row - 1].Length : 0) + 2))
            {
                yield return $"position outside the file ({lines.Length} lines): {line}";
            }
        }
    }

    private static string Relative(TestSite site, string path) => Path.GetRelativePath(site.Root, path).Replace('\\', '/');

    private static string FirstLines(string text) => string.Join(" | ", text.Split('\n').Take(3));

    [GeneratedRegex(@"^(?<path>[^:\s][^:]*):(?<line>\d+):(?<col>\d+): (error|warning) BRF\d{3}: ")]
    private static partial Regex DiagnosticLine();
}

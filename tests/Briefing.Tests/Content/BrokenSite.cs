using Briefing.Model;
using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>Inline sites for the diagnostic tests: the briefings under test plus a small shared registry.</summary>
internal static class BrokenSite
{
    /// <summary>Companies and people that the briefings of these tests may name.</summary>
    public const string Registry = """
        -- content/companies/amazon.yml --
        name: Amazon
        website: https://www.amazon.com
        -- content/companies/aws.yml --
        name: Amazon Web Services
        aliases: [AWS]
        parent: amazon
        -- content/companies/meta.yml --
        name: Meta Platforms
        aliases: [Facebook]
        -- content/companies/openai.yml --
        name: OpenAI
        -- content/people/vasi-philomin.yml --
        name: Vasi Philomin
        -- content/people/andy-jassy.yml --
        name: Andy Jassy
        """;

    /// <summary>A site of <paramref name="files"/> (txtar style) with the shared registry and the real theme.</summary>
    public static TestSite With(string files) => TestSite.Create(files + "\n" + Registry);

    /// <summary>Builds the site and checks the build failed with content errors (exit code 1).</summary>
    public static CliRun BuildFailing(this TestSite site)
    {
        var run = site.Build();
        Assert.True(run.ExitCode == 1, $"expected exit code 1, got {run.ExitCode}\n{run.Stderr}");
        return run;
    }

    /// <summary>Builds the site and checks the build succeeded (warnings allowed).</summary>
    public static CliRun BuildSucceeding(this TestSite site)
    {
        var run = site.Build();
        Assert.True(run.ExitCode == 0, $"expected exit code 0, got {run.ExitCode}\n{run.Stderr}");
        return run;
    }

    /// <summary>
    /// The printed lines except the two editorial warnings these small sites trip by construction: a briefing
    /// without sources (BRF031) and a shared registry entry that the test's briefing does not mention (BRF032).
    /// </summary>
    public static IReadOnlyList<string> LinesBesidesMissingSourcesAndUnusedEntries(this CliRun run) => run.DiagnosticLines
        .Where(l => !l.Contains($": warning {DiagnosticCodes.NoSources.Id}: ", StringComparison.Ordinal)
                    && !l.Contains($": warning {DiagnosticCodes.UnmentionedEntry.Id}: ", StringComparison.Ordinal))
        .ToArray();

    /// <summary>Checks that <paramref name="line"/> was printed exactly; on failure shows everything that was printed.</summary>
    public static void AssertPrinted(this CliRun run, string line) =>
        Assert.True(run.DiagnosticLines.Contains(line, StringComparer.Ordinal),
            $"expected the line:\n{line}\nprinted:\n{string.Join('\n', run.DiagnosticLines)}");
}

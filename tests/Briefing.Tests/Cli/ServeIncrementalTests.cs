using System.Globalization;
using Briefing.Tests.Output;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary>
/// serve keeps the site in memory between saves and publishes a body or description edit's pages and feeds before it rebuilds: after
/// every save its output is byte for byte a clean build's.
/// </summary>
public sealed class ServeIncrementalTests
{
    /// <summary>Every edit of the build's incremental tests, with body edits (serve's quick path) between them.</summary>
    private static readonly string[] Sequence =
    [
        "body", "body", "title", "body", "date", "slug", "body", "registry", "description", "body", "person-description", "new-company", "delete", "rename", "body", "template", "body",
        "tags-registry", "author", "body", "byline", "default-authors", "new-author", "correction", "body", "long-body", "body", "page-body",
        "page-menu", "new-page", "site-menus", "body", "page-slug", "delete-page", "alias", "unalias", "page-alias", "body", "description",
    ];

    [Fact]
    public async Task Serve_AfterEachEditOfASequence_EqualsACleanBuildByteForByte_AndItsQuickPathWritesWhatTheRebuildWould()
    {
        // Given serve running on the fixture site
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        await using var serve = await ServeSession.StartAsync(site);
        var step = 0;
        foreach (var edit in Sequence)
        {
            // When a file is saved and serve has rebuilt
            var before = Lines(serve, "built ").Length;
            IncrementalBuildTests.Apply(site, edit);
            await ServeSession.Eventually(() => Task.FromResult(Lines(serve, "built ").Length > before), $"no rebuild after '{edit}'");

            // Then its output is a clean build's with serve's options (drafts, its base URL), once any further rebuild is done
            var clean = Path.Combine(site.Root, $"clean{step++}");
            var run = site.Cli("build", "--output", clean, "--no-cache", "--no-search", "--drafts",
                "--base-url", string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{serve.Port}/"));
            Assert.True(run.ExitCode == 0, run.Stderr);
            await SameTreeEventually(clean, site.Output, edit);
        }

        // And every body and description edit took the quick path, whose files the rebuild after it found already written
        var lines = serve.Stdout.ToString().Split('\n');
        var quick = lines.Select((line, i) => (line, i)).Where(l => l.line.StartsWith("quick: ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Sequence.Count(e => e is "body" or "description" or "person-description"), quick.Length);
        foreach (var (_, i) in quick)
        {
            var rebuilt = lines.Skip(i + 1).First(l => l.StartsWith("built ", StringComparison.Ordinal));
            Assert.True(rebuilt.Contains(": 0 written, ", StringComparison.Ordinal), $"the rebuild after the quick path of output line {i} wrote files: {rebuilt}");
        }
    }

    private static string[] Lines(ServeSession serve, string prefix) =>
        serve.Stdout.ToString().Split('\n').Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).ToArray();

    /// <summary>A save can reach serve as two bursts (two rebuilds): compare until the trees agree or 5 s have passed.</summary>
    internal static async Task SameTreeEventually(string expected, string actual, string edit)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            try
            {
                IncrementalBuildTests.AssertSameTree(expected, actual);
                return;
            }
            catch (Exception ex) when (DateTime.UtcNow < deadline && ex is Xunit.Sdk.XunitException or IOException)
            {
                await Task.Delay(100);
            }
            catch (Xunit.Sdk.XunitException ex)
            {
                throw new Xunit.Sdk.XunitException($"after '{edit}': {ex.Message}");
            }
        }
    }
}

using System.Diagnostics;
using System.Text;
using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>
/// Front matter that made YamlDotNet throw something other than YamlException, hang, or overflow the stack: each is
/// now a diagnostic at its line and column, and the other files are still checked in the same run.
/// </summary>
public sealed class HostileYamlTests
{
    private const string Path = "content/briefings/2025/x.md";

    private static string Briefing(string titleLine) => $"""
        -- {Path} --
        ---
        {titleLine}
        date: 2025-06-26
        summary: "S"
        ---
        Body.
        -- content/briefings/2025/y.md --
        ---
        title: "Y"
        date: 2025-13-01
        summary: "S"
        ---
        """;

    [Theory]
    [InlineData("title: [unclosed \"A title\"", 8)]
    [InlineData("title: {a: b", 9)]
    public void UnclosedFlowCollection_IsASyntaxErrorAtTheBracket_NotACrash(string titleLine, int column)
    {
        // Given a title whose flow collection is never closed (the scanner threw InvalidOperationException)
        using var site = BrokenSite.With(Briefing(titleLine));

        // When the site is built
        var run = site.BuildFailing();

        // Then it is an ordinary BRF004 at the bracket, the other broken briefing is reported too, and no trace is printed
        run.AssertPrinted($"{Path}:2:{column}: error BRF004: invalid YAML: a '[' or '{{' here is never closed, or a value in it is not quoted; close it, or put the whole value in quotes");
        run.AssertPrinted("content/briefings/2025/y.md:3:7: error BRF008: 'date' is not an ISO 8601 date: '2025-13-01' (write 2025-06-26 or 2025-06-26T09:00:00Z)");
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AliasBomb_StopsAtTheExpansionLimit_WithinASecond()
    {
        // Given "billion laughs": nine levels of nine aliases of the level above (387 million values expanded)
        var yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        var previous = 'a';
        foreach (var name in "bcdefghi")
        {
            yaml.Append(name).Append(": &").Append(name).Append(" [").AppendJoin(',', Enumerable.Repeat("*" + previous, 9)).Append("]\n");
            previous = name;
        }

        using var site = BrokenSite.With($"""
            -- {Path} --
            ---
            {yaml}title: "A"
            ---
            """);

        // When the site is built
        var clock = Stopwatch.StartNew();
        var run = site.BuildFailing();

        // Then it stops at the alias that crosses the limit, quickly (it did not finish in 60 s before)
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        run.AssertPrinted($"{Path}:7:8: error BRF037: the YAML's aliases (*name) expand to more than 100,000 values; write the values out instead of repeating anchors");
    }

    [Fact]
    public void ModestAliases_StillWork()
    {
        // Given a tag list defined once and repeated by an alias
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: &t "A title"
            date: 2025-06-26
            summary: *t
            companies: [openai]
            ---
            """);

        // When the site is built, then the alias's value is used
        site.BuildSucceeding();
        Assert.Contains("A title", site.ReadOutput("briefings/2025/x/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[", 50_000, "")]
    [InlineData("{a: ", 50_000, "")]
    [InlineData("[", 65, "]")]
    public void DeepNesting_IsReportedAtTheLevelPastTheLimit_NotAStackOverflow(string open, int depth, string close)
    {
        // Given a value nested tens of thousands of levels deep (the process aborted with a stack overflow), or just past the limit
        using var site = BrokenSite.With($"""
            -- {Path} --
            ---
            title: {string.Concat(Enumerable.Repeat(open, depth))}{string.Concat(Enumerable.Repeat(close, depth))}
            date: 2025-06-26
            ---
            """);

        // When the site is built
        var run = site.BuildFailing();

        // Then the opening at level 65 (the top-level mapping is level 1) is reported
        var column = 8 + (63 * open.Length); // the top-level mapping is the first level
        run.AssertPrinted($"{Path}:2:{column}: error BRF037: the YAML nests lists and mappings more than 64 levels deep here; close the '[' or '{{' that is left open, or flatten the value");
    }

    [Fact]
    public void NestingWithinTheLimit_IsReadAsUsual()
    {
        // Given sixty-four levels, closed
        using var site = BrokenSite.With($"""
            -- {Path} --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            extra: {new string('[', 63)}{new string(']', 63)}
            ---
            """);

        // When the site is built, then the only error is the unknown key, not the depth
        var run = site.BuildFailing();
        Assert.Single(run.DiagnosticLines, l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.Contains(run.DiagnosticLines, l => l.Contains(" BRF005: ", StringComparison.Ordinal));
    }

    [Fact]
    public void AliasBombInARegistryFile_IsReportedThere()
    {
        // Given a company file with nested aliases
        using var site = BrokenSite.With("""
            -- content/companies/bomb.yml --
            name: Bomb
            a: &a [x, x, x, x, x, x, x, x, x, x]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
            e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
            f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
            """);

        // When the site is built, then the alias crossing the limit is reported in that file
        var run = site.BuildFailing();
        Assert.Contains(run.DiagnosticLines, l => l.StartsWith("content/companies/bomb.yml:6:", StringComparison.Ordinal) && l.Contains(": error BRF037: ", StringComparison.Ordinal));
    }
}

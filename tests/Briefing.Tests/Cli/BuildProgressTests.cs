using System.Text.RegularExpressions;
using Briefing.Cli;
using Briefing.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Tests.Cli;

/// <summary>
/// <c>build</c>'s progress on standard error: a status line rewritten in place on a terminal, plain lines for slow
/// stages in pipes and CI, nothing with <c>--quiet</c>; never a change to standard output or the built files.
/// </summary>
public sealed partial class BuildProgressTests
{
    private const string Site = """
        -- content/companies/openai.yml --
        name: OpenAI
        -- content/briefings/2025/x.md --
        ---
        title: "A"
        date: 2025-06-26
        summary: "S"
        companies: [openai]
        sources:
          - name: Reuters
        ---
        OpenAI said so.
        """;

    private const string Clear = "\r\u001b[K";

    [Fact]
    public void TerminalDisplay_GivenAStageCounting_WhenTheBuildPassesOneSecond_RewritesOneStatusLineInPlace()
    {
        // Given a terminal display and a stage of 10 pages, 4 of them done
        var time = new FakeTimeProvider(SiteCli.Now);
        var stderr = new StringWriter();
        using var display = ProgressDisplay.Create(ProgressMode.Terminal, stderr, time)!;
        display.Stage("pages");
        display.Total(10);
        for (var i = 0; i < 4; i++)
        {
            display.Advance();
        }

        // When 0.9 s pass, then 0.3 s more
        time.Advance(TimeSpan.FromMilliseconds(900));
        var before = stderr.ToString();
        time.Advance(TimeSpan.FromMilliseconds(300));

        // Then nothing before the first second, then the status line drawn from the start of the line and erased to its end
        Assert.Equal(string.Empty, before);
        Assert.EndsWith("\rpages 4/10 · 1.2 s\u001b[K", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\n", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TerminalDisplay_WhenFinished_ErasesItsLine_AndDrawsNoMore()
    {
        // Given a terminal display that has drawn its line
        var time = new FakeTimeProvider(SiteCli.Now);
        var stderr = new StringWriter();
        var display = ProgressDisplay.Create(ProgressMode.Terminal, stderr, time)!;
        display.Stage("feeds");
        time.Advance(TimeSpan.FromSeconds(2));

        // When the build finishes and time goes on
        display.Finish();
        var finished = stderr.ToString();
        time.Advance(TimeSpan.FromSeconds(2));
        display.Dispose();

        // Then the line is erased last, and nothing follows
        Assert.Contains("\rfeeds · 2.0 s\u001b[K", finished, StringComparison.Ordinal);
        Assert.EndsWith(Clear, finished, StringComparison.Ordinal);
        Assert.Equal(finished, stderr.ToString());
    }

    [Fact]
    public void TerminalDisplay_GivenABuildUnderOneSecond_WritesNothingAtAll()
    {
        // Given a terminal display
        var time = new FakeTimeProvider(SiteCli.Now);
        var stderr = new StringWriter();
        var display = ProgressDisplay.Create(ProgressMode.Terminal, stderr, time)!;

        // When a build's stages all end within 0.8 s
        display.Stage("parse");
        time.Advance(TimeSpan.FromMilliseconds(400));
        display.Stage("pages");
        time.Advance(TimeSpan.FromMilliseconds(400));
        display.Finish();

        // Then there is nothing to erase either
        Assert.Equal(string.Empty, stderr.ToString());
    }

    [Fact]
    public void LineDisplay_WritesOnePlainLinePerStageOverOneSecond_AndNeverACarriageReturn()
    {
        // Given the display for pipes and CI
        var time = new FakeTimeProvider(SiteCli.Now);
        var stderr = new StringWriter();
        var display = ProgressDisplay.Create(ProgressMode.Lines, stderr, time)!;

        // When a fast stage, a slow counted stage, a fast one, and a slow uncounted last stage run
        display.Stage("registries");
        time.Advance(TimeSpan.FromMilliseconds(200));
        display.Stage("pages");
        display.Total(17_819);
        for (var i = 0; i < 17_819; i++)
        {
            display.Advance();
        }

        time.Advance(TimeSpan.FromMilliseconds(6_200));
        display.Stage("feeds");
        time.Advance(TimeSpan.FromMilliseconds(300));
        display.Stage("publish");
        time.Advance(TimeSpan.FromMilliseconds(1_500));
        display.Finish();

        // Then one line for each slow stage, after it ended, and nothing rewritten
        Assert.Equal("briefing: pages… 17,819/17,819 in 6.2 s\nbriefing: publish… in 1.5 s\n", stderr.ToString().ReplaceLineEndings("\n"));
        Assert.DoesNotContain("\r", stderr.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, null, null, ProgressMode.Terminal)]
    [InlineData(true, "xterm-256color", null, ProgressMode.Terminal)]
    [InlineData(true, "dumb", null, ProgressMode.Lines)]
    [InlineData(true, "xterm", "true", ProgressMode.Lines)]
    [InlineData(false, "xterm", null, ProgressMode.Lines)]
    public void Detect_GivesATerminalOnlyToAnInteractiveStandardError_OutsideCi(bool errorIsTerminal, string? term, string? ci, ProgressMode expected)
    {
        // Given standard error's kind and the environment; When the mode is detected; Then
        Assert.Equal(expected, ProgressDisplay.Detect(errorIsTerminal, name => name switch { "TERM" => term, "CI" => ci, _ => null }));
    }

    [Fact]
    public void Build_OnATerminal_ShowsTheStatusLine_AndErasesItBeforeTheSummary()
    {
        // Given a site and a terminal, with a build whose first stage outlasts a second
        using var site = TestSite.Create(Site);
        var time = new FakeTimeProvider(SiteCli.Now);
        var console = new StringWriter();
        var services = new CliServices(time, _ => null)
        {
            Progress = ProgressMode.Terminal,
            Build = (request, keep) =>
            {
                request.Progress.Stage("registries");
                time.Advance(TimeSpan.FromMilliseconds(1_500));
                return BuildPipeline.Run(request, keep);
            },
        };

        // When it is built, standard output and error going to the same console
        var code = Program.Run(["build", "--source", site.Root], console, console, services);

        // Then the status line was drawn, erased, and the summary followed on a clean line
        var text = console.ToString();
        Assert.Equal(0, code);
        Assert.Contains("\rregistries · 1.5 s\u001b[K", text, StringComparison.Ordinal);
        Assert.StartsWith(Clear + "built ", text[text.LastIndexOf(Clear, StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_InAPipe_WritesPlainStageLinesToStandardError_AndQuietWritesNone()
    {
        // Given a site built in a pipe, with a clock on which every stage takes two seconds
        using var site = TestSite.Create(Site);

        // When it is built, then built again with --quiet
        var loud = Run(site, ProgressMode.Lines, "build", "--no-cache");
        var quiet = Run(site, ProgressMode.Lines, "build", "--no-cache", "--quiet");

        // Then the first names its stages in plain lines, and the quiet one prints nothing at all
        Assert.Equal(0, loud.ExitCode);
        Assert.Contains("briefing: parse… 1/1 in 2.0 s\n", loud.Stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("briefing: pages… ", loud.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", loud.Stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal(string.Empty, quiet.Stderr);
        Assert.Equal(string.Empty, quiet.Stdout);
    }

    [Theory]
    [InlineData(ProgressMode.Lines)]
    [InlineData(ProgressMode.Terminal)]
    public void Build_WithProgress_GivesTheSameStandardOutputAndFiles_AsWithout(ProgressMode mode)
    {
        // Given a site built once without progress
        using var site = TestSite.Create(Site);
        var plain = Run(site, ProgressMode.None, "build", "--no-cache");
        var files = Snapshot(site.Output);
        Directory.Delete(site.Output, recursive: true);

        // When it is built again from scratch with progress on
        var shown = Run(site, mode, "build", "--no-cache");

        // Then standard output (but for the build's duration) and every output file are the same, byte for byte
        Assert.Equal(Duration().Replace(plain.Stdout, "in N ms"), Duration().Replace(shown.Stdout, "in N ms"));
        var again = Snapshot(site.Output);
        Assert.Equal(files.Keys, again.Keys);
        foreach (var (path, bytes) in files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(again[path]), path);
        }
    }

    private static CliRun Run(TestSite site, ProgressMode mode, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var services = new CliServices(new CrawlingTime(SiteCli.Now), _ => null) { Progress = mode };
        var code = Program.Run([.. args, "--source", site.Root], stdout, stderr, services);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    private static SortedDictionary<string, byte[]> Snapshot(string folder) => new(
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes),
        StringComparer.Ordinal);

    [GeneratedRegex(@"in \d+ ms")]
    private static partial Regex Duration();
}

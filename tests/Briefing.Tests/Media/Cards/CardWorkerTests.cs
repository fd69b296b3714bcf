using Briefing.Caching;
using Briefing.Media.Cards;
using Briefing.Tests.Support;

namespace Briefing.Tests.Media.Cards;

/// <summary>
/// A big build's cards are drawn by a child process (<see cref="CardWorker"/>, started by <see cref="CardWorkerProcess"/>):
/// the output is the same as when the build draws them itself, a worker that cannot start or stops early only leaves its
/// cards to the build, and a card that cannot be written fails the build as it would without a worker.
/// </summary>
public sealed class CardWorkerTests
{
    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal);

    private static CliRun BuildWith(TestSite site, string worker)
    {
        site.Environment[Briefing.Cli.BuildWarmup.CardWorkerVariable] = worker;
        return site.Build();
    }

    [Fact]
    public void ABuildWhoseCardsAWorkerDraws_WritesTheSameFilesAsOneThatDrawsThemItself()
    {
        using var withWorker = TestSite.CopyOf(RepoPaths.FixtureSite);
        using var without = TestSite.CopyOf(RepoPaths.FixtureSite);

        var worked = BuildWith(withWorker, "1");
        var drew = BuildWith(without, "0");

        Assert.Equal(0, worked.ExitCode);
        Assert.Equal(0, drew.ExitCode);
        Assert.Contains("cards drawn by a worker process (peak working set ", worked.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("worker process", drew.Stdout, StringComparison.Ordinal);
        var (a, b) = (Files(withWorker.Output), Files(without.Output));
        Assert.Equal(b.Keys.Order(StringComparer.Ordinal), a.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(a.Keys, k => k.StartsWith("cards", StringComparison.Ordinal) && k.EndsWith(".png", StringComparison.Ordinal));
        Assert.All(b, kv => Assert.Equal(kv.Value, a[kv.Key]));
        // The worker cached its cards too: a second build draws none.
        Assert.Equal(Files(Path.Combine(without.Root, ".briefing", "cache", "cards")).Keys.Order(), Files(Path.Combine(withWorker.Root, ".briefing", "cache", "cards")).Keys.Order());
    }

    [Fact]
    public void ACardThatCannotBeCached_FailsTheBuild_WithAWorkerAsWithout()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var cardCache = Path.Combine(site.Root, ".briefing", "cache", "cards");
        Directory.CreateDirectory(Path.GetDirectoryName(cardCache)!);
        File.WriteAllText(cardCache, "a file where the card cache's folder should be");

        var run = BuildWith(site, "1");

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("error: could not write the site: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(cardCache, run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, ".public.tmp-*"));
    }

    [Fact]
    public void AWorkerThatCannotStart_IsNone()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);

        var worker = CardWorkerProcess.Start(Path.Combine(site.Root, "themes", "briefing"), "themes/briefing", null, 10, Path.Combine(site.Root, "no-such-executable"));

        Assert.Null(worker);
    }

    [Fact]
    public void AWorkerThatDrawsNothing_ConfirmsNoCard()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var script = Path.Combine(site.Root, "worker.sh");
        File.WriteAllText(script, "#!/bin/sh\ncat > /dev/null\n"); // reads what the build sends until it ends, says nothing
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        using var worker = CardWorkerProcess.Start(Path.Combine(site.Root, "themes", "briefing"), "themes/briefing", null, 10, script);
        Assert.NotNull(worker);
        var staged = Path.Combine(site.Root, "staged.png");

        worker.Send([("/cards/a.png", staged, new CardContent("Briefing", "A title", "1 May 2025", "", "Site"))]);
        worker.Widen();
        var confirmed = worker.Finish();

        Assert.Empty(confirmed);
        Assert.False(worker.Completed);
        Assert.False(File.Exists(staged));
    }

    [Fact]
    public void HandingOverTheCards_DoesNotHoldTheBuildBack_AndAWorkerThatNeverReadsThemIsStoppedWhenTheBuildEnds()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var script = Path.Combine(site.Root, "worker.sh");
        File.WriteAllText(script, "#!/bin/sh\nexec sleep 600\n"); // never reads its input: the pipe fills after 64 KiB
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        var worker = CardWorkerProcess.Start(Path.Combine(site.Root, "themes", "briefing"), "themes/briefing", null, 10, script);
        Assert.NotNull(worker);
        var jobs = Enumerable.Range(0, 5_000)
            .Select(i => ($"/cards/{i}.png", Path.Combine(site.Root, $"{i}.png"), new CardContent("Briefing", $"A title long enough to fill the pipe, number {i}", "1 May 2025", "Acme", "Site")))
            .ToArray();

        var clock = System.Diagnostics.Stopwatch.StartNew();
        worker.Send(jobs); // ~400 KB: written on a thread of its own, which blocks on the full pipe
        var handedOver = clock.Elapsed;
        worker.Dispose(); // the build failed: the worker is stopped, the blocked write fails and ends

        Assert.True(handedOver < TimeSpan.FromSeconds(2), $"Send took {handedOver}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"Dispose took {clock.Elapsed}");
        Assert.Empty(Directory.GetFiles(site.Root, "*.png"));
    }

    [Theory]
    [InlineData("exec sleep 600", 5_000)]           // never reads its input: the hand-over blocks on the full pipe
    [InlineData("cat > /dev/null; exec sleep 600", 3)] // reads everything, never answers, never exits
    public void AWorkerThatSaysNothing_IsStoppedAfterTheStallLimit_AndTheBuildGoesOn(string body, int cards)
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var script = Path.Combine(site.Root, "worker.sh");
        File.WriteAllText(script, $"#!/bin/sh\n{body}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        using var worker = CardWorkerProcess.Start(Path.Combine(site.Root, "themes", "briefing"), "themes/briefing", null, 10, script);
        Assert.NotNull(worker);
        worker.StallLimit = TimeSpan.FromSeconds(2);
        var jobs = Enumerable.Range(0, cards)
            .Select(i => ($"/cards/{i}.png", Path.Combine(site.Root, $"{i}.png"), new CardContent("Briefing", $"A title long enough to fill the pipe, number {i}", "1 May 2025", "Acme", "Site")))
            .ToArray();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        worker.Send(jobs);
        worker.Widen();
        var confirmed = worker.Finish();

        Assert.Empty(confirmed); // the build draws them all itself
        Assert.False(worker.Completed);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void AWorkerThatIsSlowButWritesLines_IsNotStopped()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var script = Path.Combine(site.Root, "worker.sh");
        File.WriteAllText(script, "#!/bin/sh\nfor i in 0 1 2 3 4 5 6 7; do echo \"ok $i\"; sleep 0.5; done\necho done\n"); // 4 s in all, a line every 0.5 s
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        using var worker = CardWorkerProcess.Start(Path.Combine(site.Root, "themes", "briefing"), "themes/briefing", null, 10, script);
        Assert.NotNull(worker);
        worker.StallLimit = TimeSpan.FromSeconds(2);
        var jobs = Enumerable.Range(0, 8)
            .Select(i => ($"/cards/{i}.png", Path.Combine(site.Root, $"{i}.png"), new CardContent("Briefing", $"Title {i}", "1 May 2025", "Acme", "Site")))
            .ToArray();

        worker.Send(jobs);
        worker.Widen();
        var confirmed = worker.Finish();

        Assert.Equal(8, confirmed.Count);
        Assert.True(worker.Completed);
    }

    [Fact]
    public void TheWorkersEnvironment_HasNoDiagnosticPortThatWouldSuspendIt()
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["DOTNET_DiagnosticPorts"] = "/tmp/port,suspend",
            ["COMPlus_DiagnosticPorts"] = "/tmp/port",
            ["DOTNET_DefaultDiagnosticPortSuspend"] = "1",
            ["PATH"] = "/usr/bin",
        };

        CardWorkerProcess.WithoutDiagnosticPorts(environment);

        Assert.Equal(["PATH"], environment.Keys);
    }

    [Fact]
    public void TheWorker_RefusesAnInputThatIsNotABuilds()
    {
        var error = new StringWriter();

        var code = CardWorker.Run(new MemoryStream("hello\n"u8.ToArray()), TextWriter.Null, error);

        Assert.Equal(2, code);
        Assert.Contains("--card-worker is the card worker of 'briefing build', not a command", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheWorker_DrawsTheCardsItIsSent_AndConfirmsEach_InProcess()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var themeRoot = Path.Combine(site.Root, "themes", "briefing");
        var cards = new[]
        {
            new CardContent("Briefing", "Vasi Philomin leaves AWS", "1 May 2025", "AWS", "Talent Briefing"),
            new CardContent("Company", "Anthropic", "12 briefings", "", "Talent Briefing"),
        };
        var input = new MemoryStream();
        using (var writer = new BinaryWriter(input, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            CardWorker.WriteHeader(writer, themeRoot, "themes/briefing", null);
            CardWorker.WriteJobs(writer, [.. cards.Select((c, i) => ($"/cards/{i}.png", Path.Combine(site.Root, $"{i}.png"), c))]);
            writer.Write(CardWorker.WidenCommand);
            writer.Write(CardWorker.FinishCommand);
        }

        input.Position = 0;
        var output = new StringWriter();
        var code = CardWorker.Run(input, output, TextWriter.Null);

        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("ready", lines[0]);
        var confirmed = lines.Where(l => l.StartsWith("ok ", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, confirmed.Length);
        for (var i = 0; i < confirmed.Length; i++)
        {
            // Each card confirmed with its file's size and time as written: what the build records instead of a stat.
            var file = Path.Combine(site.Root, $"{i}.png");
            Assert.Equal((i, FileStamp.Of(file)), CardWorkerProcess.Confirmation(confirmed[i].AsSpan(3)) is var (card, stamp) ? (card, stamp) : default);
        }

        Assert.StartsWith("peak ", lines[^2], StringComparison.Ordinal);
        Assert.Equal("done", lines[^1]);
        var diagnostics = new List<Briefing.Model.Diagnostic>();
        using var local = SocialCards.Load(themeRoot, "themes/briefing", diagnostics)!;
        using var painter = local.Painter();
        for (var i = 0; i < cards.Length; i++)
        {
            Assert.Equal(painter.Paint(cards[i]), File.ReadAllBytes(Path.Combine(site.Root, $"{i}.png")));
        }
    }

    [Fact]
    public void TheWorker_StartsNoCard_WhenTheBuildsInputEndsWithoutTheFinishCommand()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var themeRoot = Path.Combine(site.Root, "themes", "briefing");
        var input = new MemoryStream();
        using (var writer = new BinaryWriter(input, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            CardWorker.WriteHeader(writer, themeRoot, "themes/briefing", null);
            CardWorker.WriteJobs(writer, []);
        }

        input.Position = 0;
        var output = new StringWriter();

        Assert.Equal(3, CardWorker.Run(input, output, TextWriter.Null));
        Assert.DoesNotContain("done", output.ToString(), StringComparison.Ordinal);
    }
}

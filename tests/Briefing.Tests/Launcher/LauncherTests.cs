namespace Briefing.Tests.Launcher;

/// <summary>
/// The <c>./briefing</c> launcher: publishes once per version of the generator's sources, reuses that binary until
/// they change, and never runs a binary built from other sources or a publish that did not finish. These run the
/// launcher against a temporary copy of the sources with a fake publish (see <see cref="LauncherRepo"/>);
/// <see cref="LauncherRealPublishTests"/> runs one real publish on demand.
/// </summary>
public sealed class LauncherTests
{
    private const string Publishing = "briefing: building the optimized binary for these sources";

    [Fact]
    public void FirstRun_Publishes_LaterRuns_ReuseTheBinary()
    {
        using var repo = new LauncherRepo();

        var first = repo.Run(null, "build", "--quiet");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains(Publishing, first.Stderr, StringComparison.Ordinal);
        Assert.Equal("fake aot none: build --quiet\n", first.Stdout);
        var folder = Path.Combine(repo.BinDir, repo.Key());
        Assert.Equal([repo.Key()], repo.BinaryFolders);
        var stamp = Directory.GetLastWriteTimeUtc(folder);
        var binaryStamp = File.GetLastWriteTimeUtc(Path.Combine(folder, "briefing"));

        var second = repo.Run(null, "check");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("", second.Stderr);
        Assert.Equal("fake aot none: check\n", second.Stdout);
        Assert.Equal(1, repo.Publishes);
        Assert.Equal(stamp, Directory.GetLastWriteTimeUtc(folder));
        Assert.Equal(binaryStamp, File.GetLastWriteTimeUtc(Path.Combine(folder, "briefing")));
    }

    [Fact]
    public void ChangedSource_GivesAnotherKey_PublishesAgain_AndRemovesTheOldBinary()
    {
        using var repo = new LauncherRepo();
        Assert.Equal(0, repo.Run(null, "build").ExitCode);
        var oldKey = repo.Key();

        // A changed source file (here: an added one; the fake binary prints it, standing for "built from it").
        File.WriteAllText(Path.Combine(repo.Repo, "generator", "version.txt"), "v2");
        var newKey = repo.Key();
        Assert.NotEqual(oldKey, newKey);

        var run = repo.Run(null, "build");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(Publishing, run.Stderr, StringComparison.Ordinal);
        Assert.Equal("fake aot v2: build\n", run.Stdout); // never the binary of the previous sources
        Assert.Equal(2, repo.Publishes);
        Assert.Equal([newKey], repo.BinaryFolders);
    }

    [Theory]
    [InlineData("generator/Cli/Program.cs")]
    [InlineData("generator/Briefing.Generator.csproj")]
    [InlineData("Directory.Packages.props")]
    [InlineData(".editorconfig")]
    [InlineData("briefing")]
    public void EveryInput_IsInTheKey(string input)
    {
        using var repo = new LauncherRepo();
        var before = repo.Key();
        File.AppendAllText(Path.Combine(repo.Repo, input), "\n");
        Assert.NotEqual(before, repo.Key());
    }

    [Fact]
    public void UnchangedSources_AreNotHashedAgain_TheStampStays()
    {
        using var repo = new LauncherRepo();
        repo.Key();
        Thread.Sleep(2100); // the copies are younger than the first stamp's time (1–2 s before its hash): hashed once more
        var key = repo.Key();
        var stamp = Path.Combine(repo.Repo, ".briefing", "launcher-key");
        var written = File.GetLastWriteTimeUtc(stamp);
        var content = File.ReadAllText(stamp);

        Assert.Equal(key, repo.Key());
        Assert.Equal(key, repo.Key());

        Assert.Equal(written, File.GetLastWriteTimeUtc(stamp)); // a rehash would have written it again
        Assert.Equal(content, File.ReadAllText(stamp));
    }

    [Fact]
    public void SourceRewrittenWithAnOldModificationTime_StillChangesTheKey()
    {
        using var repo = new LauncherRepo();
        var before = repo.Key();
        var source = Path.Combine(repo.Repo, "generator", "Cli", "Program.cs");
        var mtime = File.GetLastWriteTimeUtc(source);

        // What cp -p or touch -d leave: new bytes, an old mtime (the ctime still moves).
        File.AppendAllText(source, "// edited\n");
        File.SetLastWriteTimeUtc(source, mtime.AddYears(-3));

        Assert.NotEqual(before, repo.Key());
    }

    [Theory]
    [InlineData("generator/Cli/Program.cs")]
    [InlineData(".editorconfig")]
    public void DeletedInput_ChangesTheKey_AndRestoringItGivesTheOldKeyBack(string input)
    {
        using var repo = new LauncherRepo();
        var before = repo.Key();
        var path = Path.Combine(repo.Repo, input);
        var bytes = File.ReadAllBytes(path);

        File.Delete(path);
        Assert.NotEqual(before, repo.Key());

        File.WriteAllBytes(path, bytes);
        Assert.Equal(before, repo.Key()); // the key is the sources' content, not their times
    }

    [Fact]
    public void BuildOutputAndContent_AreNotInTheKey()
    {
        using var repo = new LauncherRepo();
        var before = repo.Key();
        Directory.CreateDirectory(Path.Combine(repo.Repo, "generator", "obj"));
        File.WriteAllText(Path.Combine(repo.Repo, "generator", "obj", "project.assets.json"), "{}");
        Directory.CreateDirectory(Path.Combine(repo.Repo, "content"));
        File.WriteAllText(Path.Combine(repo.Repo, "content", "site.yml"), "title: T\n");
        Assert.Equal(before, repo.Key());
    }

    [Fact]
    public void InterruptedPublish_IsNotUsed_AndIsStartedOver()
    {
        using var repo = new LauncherRepo();
        var key = repo.Key();
        var tmp = Path.Combine(repo.BinDir, key + ".tmp");
        Directory.CreateDirectory(tmp);
        File.WriteAllText(Path.Combine(tmp, "briefing"), "#!/usr/bin/env bash\necho half-published\n");
        LauncherRepo.MakeExecutable(Path.Combine(tmp, "briefing"));

        var run = repo.Run(null, "build");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(Publishing, run.Stderr, StringComparison.Ordinal);
        Assert.Equal("fake aot none: build\n", run.Stdout);
        Assert.False(Directory.Exists(tmp));
        Assert.Equal([key], repo.BinaryFolders);
    }

    [Fact]
    public void FailedPublish_LeavesNoBinary_AndFails()
    {
        using var repo = new LauncherRepo();
        File.WriteAllText(Path.Combine(repo.Repo, "fail-publish"), "");

        var run = repo.Run(null, "build");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("briefing: the publish failed", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(repo.BinaryFolders, f => !f.EndsWith(".tmp", StringComparison.Ordinal));

        File.Delete(Path.Combine(repo.Repo, "fail-publish"));
        Assert.Equal("fake aot none: build\n", repo.Run(null, "build").Stdout);
    }

    [Fact]
    public async Task ConcurrentLaunchers_PublishOnce()
    {
        using var repo = new LauncherRepo();
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => repo.Run(null, "build"))));
        Assert.All(results, r => Assert.Equal("fake aot none: build\n", r.Stdout));
        Assert.Equal(1, repo.Publishes);
    }

    [Fact]
    public void ForcedMode_HasItsOwnBinary()
    {
        using var repo = new LauncherRepo();
        Assert.Equal("fake aot none: build\n", repo.Run(null, "build").Stdout);
        var r2r = repo.Run(new Dictionary<string, string> { ["BRIEFING_PUBLISH"] = "r2r" }, "build");
        Assert.Equal("fake r2r none: build\n", r2r.Stdout);
        Assert.Equal([repo.Key("aot"), repo.Key("r2r")], repo.BinaryFolders);
        var bad = repo.Run(new Dictionary<string, string> { ["BRIEFING_PUBLISH"] = "jit" }, "build");
        Assert.Equal(2, bad.ExitCode);
    }
}

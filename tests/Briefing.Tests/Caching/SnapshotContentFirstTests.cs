using Briefing.Caching;

namespace Briefing.Tests.Caching;

/// <summary>
/// The snapshot check that answers the output's entries on a thread of their own while the content loads
/// (<see cref="SiteSnapshot.CheckContentFirst"/>) gives the same answers as the whole check, and a snapshot that names
/// anything outside the site's folders is not used (<see cref="SiteSnapshot.Within"/>).
/// </summary>
public sealed class SnapshotContentFirstTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("snapshot-first-").FullName;

    private string Content => Path.Combine(_root, "content");

    private string Output => Path.Combine(_root, "public");

    private string[] Roots => [Content, Path.Combine(_root, "themes"), Output];

    public SnapshotContentFirstTests()
    {
        for (var i = 0; i < 40; i++)
        {
            Write(Path.Combine(Content, "briefings", $"b{i}.md"), $"briefing {i}");
            Write(Path.Combine(Output, "briefings", $"b{i}", "index.html"), $"page {i}");
        }

        Write(Path.Combine(_root, "themes", "t", "layouts", "page.html"), "layout");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static void Touch(string path, string text)
    {
        var before = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, before.AddSeconds(5)); // a coarse clock must not hide the edit
    }

    private SiteSnapshot Snapshot() => new(UInt128.One, DateTimeOffset.MaxValue, 0, 0, [], SiteSnapshot.List(Roots)!);

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void ContentFirst_AnswersAsTheWholeCheck(bool contentEdited, bool outputEdited)
    {
        var snapshot = Snapshot();
        if (contentEdited)
        {
            Touch(Path.Combine(Content, "briefings", "b3.md"), "briefing 3, edited");
        }

        if (outputEdited)
        {
            Touch(Path.Combine(Output, "briefings", "b7", "index.html"), "defaced");
            File.Delete(Path.Combine(Output, "briefings", "b8", "index.html"));
        }

        var whole = snapshot.Check();
        var first = snapshot.CheckContentFirst(Output);

        Assert.Equal(whole.AllHold, first.AllHold);
        Assert.Equal(!contentEdited && !outputEdited, first.AllHold);
        Assert.Equal(whole.Changed.Select(e => e.Path), first.Changed.Select(e => e.Path));
        foreach (var entry in snapshot.Entries)
        {
            Assert.Equal(whole.IsFile(entry.Path, entry.Length, entry.Mtime), first.IsFile(entry.Path, entry.Length, entry.Mtime));
            Assert.Equal(whole.FolderMtime(entry.Path), first.FolderMtime(entry.Path));
        }

        Assert.Equal(whole.FilesIn(Content, "*.md", recursive: true)?.Select(f => f.Path), first.FilesIn(Content, "*.md", recursive: true)?.Select(f => f.Path));
    }

    [Fact]
    public void AnOutputPageEditedWithABriefing_IsNotKnownAsHeld()
    {
        var snapshot = Snapshot();
        Touch(Path.Combine(Content, "briefings", "b3.md"), "briefing 3, edited");
        var page = Path.Combine(Output, "briefings", "b7", "index.html");
        var recorded = snapshot.Entries.Single(e => e.Path == page);
        Touch(page, "defaced");

        var check = snapshot.CheckContentFirst(Output);
        check.Complete();

        Assert.False(check.IsFile(page, recorded.Length, recorded.Mtime));
        Assert.Contains(check.Changed, e => e.Path == page);
    }

    [Fact]
    public void ASnapshotOfTheSitesFolders_IsWithinThem_NamesThatStartWithADotIncluded()
    {
        Write(Path.Combine(Output, ".well-known", "..security.txt"), "contact");

        Assert.True(Snapshot().Within(Roots));
    }

    [Theory]
    [InlineData("outside")] // a folder beside the site
    [InlineData("dots")] // a path that climbs out of the content folder
    [InlineData("prefix")] // a sibling whose name starts like a root
    [InlineData("dot")]
    [InlineData("trailing-dots")]
    public void ASnapshotNamingAPathOutsideTheSite_IsNotWithinIt(string kind)
    {
        var snapshot = Snapshot();
        var path = kind switch
        {
            "outside" => Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar),
            "dots" => Path.Combine(Content, "..", "..", "elsewhere"),
            "dot" => Path.Combine(Content, ".", "briefings"),
            "trailing-dots" => Path.Combine(Output, "briefings", ".."),
            _ => Content + "-old",
        };
        var hostile = snapshot with { Entries = [.. snapshot.Entries, new SiteSnapshot.Entry(path, -1, 0)] };

        Assert.False(hostile.Within(Roots));
    }
}

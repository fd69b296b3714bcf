using Briefing.Caching;
using Briefing.Files;
using Briefing.Model;

namespace Briefing.Tests.Caching;

/// <summary>
/// A build after the snapshot check lists the briefings' and registries' folders from it (no second stat of every
/// file): the answer must be what listing the folder gives, and none when the check cannot know it.
/// </summary>
public sealed class SnapshotListingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-listing-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Content => Path.Combine(_root, "content");

    private string Briefings => Path.Combine(Content, "briefings");

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private SnapshotCheck Checked()
    {
        Write("content/briefings/2024/a.md", "a");
        Write("content/briefings/2025/b.md", "b");
        Write("content/briefings/2025/c/index.md", "c");
        Write("content/briefings/2025/c/photo.jpg", "jpg");
        Write("content/briefings/notes.txt", "not a briefing");
        Write("content/companies/acme.yml", "name: Acme");
        Write("content/companies/beta.yml", "name: Beta");
        Write("content/companies/old/x.yml", "name: X");
        var snapshot = new SiteSnapshot(UInt128.One, DateTimeOffset.MaxValue, 0, 0, [], SiteSnapshot.List([Content])!);
        return snapshot.Check();
    }

    private IReadOnlyList<SiteFile> Listed(string folder, string pattern, bool recursive)
    {
        var problems = new List<Diagnostic>();
        var files = new SiteFiles(_root).EnumerateStamped(folder, pattern, recursive, problems);
        Assert.Empty(problems);
        return files;
    }

    [Fact]
    public void UnchangedFolders_AreListedAsTheFileSystemListsThem()
    {
        var check = Checked();

        Assert.Equal(Listed(Briefings, "*.md", true), check.FilesIn(Briefings, "*.md", recursive: true));
        var companies = Path.Combine(Content, "companies");
        Assert.Equal(Listed(companies, "*", false), check.FilesIn(companies, "*", recursive: false));
        Assert.Equal(2, check.FilesIn(companies, "*", recursive: false)!.Count); // not the subfolder's file
    }

    [Fact]
    public void ABriefingEditedInPlace_IsListedWithItsNewSizeAndTime()
    {
        var check = Checked();
        var edited = Path.Combine(Briefings, "2025", "b.md");
        File.AppendAllText(edited, "\nOne more paragraph.\n");
        File.SetLastWriteTimeUtc(edited, new DateTime(2030, 1, 2, 3, 4, 5, DateTimeKind.Utc));
        check = check.Snapshot.Check();

        var files = check.FilesIn(Briefings, "*.md", recursive: true);

        Assert.Equal(Listed(Briefings, "*.md", true), files);
        Assert.Contains(files!, f => f.Path == edited && f.Length == new FileInfo(edited).Length);
    }

    [Theory]
    [InlineData("added")]
    [InlineData("deleted")]
    [InlineData("renamed")]
    [InlineData("folder-added")]
    public void AFolderWhoseEntriesChanged_IsListedAgain(string change)
    {
        var check = Checked();
        switch (change)
        {
            case "added":
                Write("content/briefings/2025/new.md", "new");
                break;
            case "deleted":
                File.Delete(Path.Combine(Briefings, "2024", "a.md"));
                break;
            case "renamed":
                File.Move(Path.Combine(Briefings, "2025", "b.md"), Path.Combine(Briefings, "2025", "b2.md"));
                break;
            default:
                Write("content/briefings/2026/d.md", "d");
                break;
        }

        Assert.Null(check.Snapshot.Check().FilesIn(Briefings, "*.md", recursive: true));
    }

    [Fact]
    public void AFolderTheSnapshotDoesNotHold_IsListedAgain()
    {
        var check = Checked();

        Assert.Null(check.FilesIn(Path.Combine(_root, "themes"), "*", recursive: true));
    }
}

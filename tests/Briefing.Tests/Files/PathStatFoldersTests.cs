using Briefing.Files;

namespace Briefing.Tests.Files;

/// <summary>
/// <see cref="PathStat.Folders"/> asks each path relative to an open folder two levels above it: its answers must be
/// <see cref="PathStat.TryGet"/>'s for every kind of path, in any order, or the snapshot check would differ.
/// </summary>
public sealed class PathStatFoldersTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-pathstat-folders-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void EveryKindOfPath_IsAnsweredAsTryGetAnswersIt()
    {
        var page = Path.Combine(_folder, "public", "briefings", "2025", "é-slug", "index.html");
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        File.WriteAllText(page, "<p>page</p>");
        var file = Path.Combine(_folder, "public", "feed.xml");
        File.WriteAllText(file, "<rss/>");
        var target = Path.Combine(_folder, "public", "briefings");
        var link = Path.Combine(_folder, "linked");
        Directory.CreateSymbolicLink(link, target);
        string[] paths =
        [
            page,
            Path.GetDirectoryName(page)!,
            Path.Combine(_folder, "public", "briefings", "2025", "other", "index.html"), // its folder is missing
            Path.Combine(_folder, "public", "briefings", "2025", "é-slug", "gone.html"),
            Path.Combine(_folder, "public", "missing", "deeper", "index.html"), // the open folder is missing
            Path.Combine(file, "under", "a-file.html"), // the open folder is a file
            Path.Combine(file, "under-a-file.html"),
            file,
            link, // a link is a link
            Path.Combine(link, "2025", "é-slug"), // a link above the last two components is followed, as by the whole walk
            Path.Combine(link, "2025", "é-slug", "index.html"),
            "/",
            _folder,
            page, // back to a folder opened before
        ];

        using var folders = new PathStat.Folders();
        foreach (var path in paths.Concat(paths.Reverse()))
        {
            var whole = PathStat.TryGet(path, out var kind, out var length, out var mtime);
            var relative = folders.TryGet(path, out var kindAt, out var lengthAt, out var mtimeAt);

            Assert.Equal((whole, kind, length, mtime), (relative, kindAt, lengthAt, mtimeAt));
        }

        if (OperatingSystem.IsLinux())
        {
            Assert.True(folders.TryGet(page, out var pageKind, out _, out _));
            Assert.Equal(PathStat.Kind.File, pageKind);
            Assert.True(folders.TryGet(link, out var linkKind, out _, out _));
            Assert.Equal(PathStat.Kind.Link, linkKind);
        }
    }
}

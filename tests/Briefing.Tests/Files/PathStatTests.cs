using Briefing.Files;

namespace Briefing.Tests.Files;

/// <summary>
/// The site snapshot check asks <see cref="PathStat"/> instead of <see cref="FileInfo"/>: its answers must be exactly
/// what the snapshot recorded from a listing (sizes and UTC ticks as .NET computes them), or no rebuild would ever be
/// recognised as a no-op.
/// </summary>
public sealed class PathStatTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-pathstat-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>What <see cref="PathStat"/> says of <paramref name="path"/>; null where it cannot say, which is never on Linux.</summary>
    private static (PathStat.Kind Kind, long Length, long Mtime)? Stat(string path)
    {
        if (PathStat.TryGet(path, out var kind, out var length, out var mtime))
        {
            return (kind, length, mtime);
        }

        Assert.False(OperatingSystem.IsLinux(), "statx is available on Linux");
        return null;
    }

    [Fact]
    public void AFileAndAFolder_HaveTheSizeAndTimeFileInfoGives()
    {
        var file = Path.Combine(_folder, "é-page.html"); // a name that is not ASCII
        File.WriteAllText(file, "<p>hello</p>");
        File.SetLastWriteTimeUtc(file, new DateTime(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc).AddTicks(1234567));

        if (Stat(file) is { } stat && Stat(_folder) is { } folder)
        {
            var info = new FileInfo(file);
            Assert.Equal((PathStat.Kind.File, info.Length, info.LastWriteTimeUtc.Ticks), stat);
            Assert.Equal((PathStat.Kind.Folder, new DirectoryInfo(_folder).LastWriteTimeUtc.Ticks), (folder.Kind, folder.Mtime));
        }
    }

    [Fact]
    public void AMissingPath_AndAPathUnderAFile_AreMissing()
    {
        var file = Path.Combine(_folder, "a.md");
        File.WriteAllText(file, "x");

        Assert.NotEqual(PathStat.Kind.Missing, Stat(file)?.Kind);
        foreach (var path in new[] { Path.Combine(_folder, "gone.md"), Path.Combine(file, "inside.md") })
        {
            if (Stat(path) is { } stat)
            {
                Assert.Equal(PathStat.Kind.Missing, stat.Kind);
            }
        }
    }

    [Fact]
    public void ASymbolicLink_IsALink_NotItsTarget()
    {
        var target = Path.Combine(_folder, "target.md");
        File.WriteAllText(target, "x");
        var link = Path.Combine(_folder, "link.md");
        File.CreateSymbolicLink(link, target);

        if (Stat(link) is { } stat)
        {
            Assert.Equal(PathStat.Kind.Link, stat.Kind);
        }
    }

    [Fact]
    public void ALongPath_IsAnswered()
    {
        var deep = Path.Combine(_folder, new string('a', 200), new string('b', 200), new string('c', 200), new string('d', 200), new string('e', 200), new string('f', 200));
        Directory.CreateDirectory(deep);

        if (Stat(deep) is { } stat)
        {
            Assert.Equal((PathStat.Kind.Folder, new DirectoryInfo(deep).LastWriteTimeUtc.Ticks), (stat.Kind, stat.Mtime));
        }
    }
}

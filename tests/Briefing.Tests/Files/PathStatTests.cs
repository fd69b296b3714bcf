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

    [Fact]
    public void AFileAndAFolder_HaveTheSizeAndTimeFileInfoGives()
    {
        var file = Path.Combine(_folder, "é-page.html"); // a name that is not ASCII
        File.WriteAllText(file, "<p>hello</p>");
        File.SetLastWriteTimeUtc(file, new DateTime(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc).AddTicks(1234567));

        if (!PathStat.TryGet(file, out var kind, out var length, out var mtime) || !PathStat.TryGet(_folder, out var folderKind, out _, out var folderMtime))
        {
            Assert.False(OperatingSystem.IsLinux(), "statx is available on Linux");
            return;
        }

        var info = new FileInfo(file);
        Assert.Equal((PathStat.Kind.File, info.Length, info.LastWriteTimeUtc.Ticks), (kind, length, mtime));
        Assert.Equal((PathStat.Kind.Folder, new DirectoryInfo(_folder).LastWriteTimeUtc.Ticks), (folderKind, folderMtime));
    }

    [Fact]
    public void AMissingPath_AndAPathUnderAFile_AreMissing()
    {
        var file = Path.Combine(_folder, "a.md");
        File.WriteAllText(file, "x");

        foreach (var path in new[] { Path.Combine(_folder, "gone.md"), Path.Combine(file, "inside.md") })
        {
            if (PathStat.TryGet(path, out var kind, out _, out _))
            {
                Assert.Equal(PathStat.Kind.Missing, kind);
            }
            else
            {
                Assert.False(OperatingSystem.IsLinux(), "statx is available on Linux");
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

        if (PathStat.TryGet(link, out var kind, out _, out _))
        {
            Assert.Equal(PathStat.Kind.Link, kind);
        }
        else
        {
            Assert.False(OperatingSystem.IsLinux(), "statx is available on Linux");
        }
    }

    [Fact]
    public void ALongPath_IsAnswered()
    {
        var deep = Path.Combine(_folder, new string('a', 200), new string('b', 200), new string('c', 200), new string('d', 200), new string('e', 200), new string('f', 200));
        Directory.CreateDirectory(deep);

        if (PathStat.TryGet(deep, out var kind, out _, out var mtime))
        {
            Assert.Equal((PathStat.Kind.Folder, new DirectoryInfo(deep).LastWriteTimeUtc.Ticks), (kind, mtime));
        }
        else
        {
            Assert.False(OperatingSystem.IsLinux(), "statx is available on Linux");
        }
    }
}

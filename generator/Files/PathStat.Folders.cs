using System.Runtime.InteropServices;
using System.Text;

namespace Briefing.Files;

internal static partial class PathStat
{
    /// <summary>
    /// <see cref="TryGet"/> for many paths in listing order, on one thread: each is asked relative to the folder two
    /// levels above it, kept open (<c>O_PATH</c>) while the next paths share it, so the kernel walks two components
    /// instead of the whole path (at 10,000 briefings the walk was half of the snapshot check's CPU: an output page is
    /// <c>…/public/briefings/2025/slug/index.html</c>). The answers are <see cref="TryGet"/>'s: the open follows links
    /// above the last two components as the walk of the whole path does, and a missing folder makes its paths missing.
    /// </summary>
    public sealed class Folders : IDisposable
    {
        private readonly StringBuilder _open = new();
        private int _folder = Closed;

        /// <inheritdoc cref="TryGet"/>
        public bool TryGet(string path, out Kind kind, out long length, out long mtime)
        {
            (kind, length, mtime) = (Kind.Missing, 0, 0);
            if (!Supported)
            {
                return false;
            }

            var last = path.LastIndexOf('/');
            var above = last > 0 ? path.LastIndexOf('/', last - 1) : -1;
            if (above <= 0 || !Path.IsPathFullyQualified(path))
            {
                return Query(path, out kind, out length, out mtime);
            }

            var folder = path.AsSpan(0, above);
            if (!_open.Equals(folder))
            {
                Close();
                _folder = OpenFolder(folder);
                _open.Append(folder);
            }

            return _folder switch
            {
                Missing => true, // gone, or under a file: so is everything in it
                Closed => Query(path, out kind, out length, out mtime), // refused: the whole path
                _ => Query(_folder, path.AsSpan(above + 1), out kind, out length, out mtime),
            };
        }

        public void Dispose() => Close();

        private void Close()
        {
            if (_folder >= 0)
            {
                _ = CloseFile(_folder);
            }

            _folder = Closed;
            _open.Clear();
        }

        private static unsafe int OpenFolder(ReadOnlySpan<char> folder)
        {
            var size = Encoding.UTF8.GetMaxByteCount(folder.Length) + 1;
            if (size > 4096)
            {
                return Closed;
            }

            Span<byte> name = stackalloc byte[size];
            var written = Encoding.UTF8.GetBytes(folder, name);
            name[written] = 0;
            int fd;
            fixed (byte* p = name)
            {
                fd = OpenPath(p, OPath | OCloexec); // a file opens too: asked for a path in it, statx says ENOTDIR, missing
            }

            if (fd >= 0)
            {
                return fd;
            }

            return Marshal.GetLastPInvokeError() is ENoEnt or ENotDir ? Missing : Closed;
        }

        private const int Closed = -1;
        private const int Missing = -2;
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static unsafe partial int OpenPath(byte* path, int flags);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int CloseFile(int fd);

    private const int OPath = 0x200000;
    private const int OCloexec = 0x80000;
}

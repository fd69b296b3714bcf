using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace Briefing.Files;

/// <summary>
/// What one <c>statx</c> says of a path, its last component not followed (a symbolic link is reported as such): whether
/// it is a file, a folder or a link, its size and its last-write time in UTC ticks (as <see cref="FileInfo"/> gives
/// them). No object is allocated, unlike a <see cref="FileInfo"/> per path: the site snapshot check asks this for
/// ~70,000 paths before every build of a 10,000-briefing site. Linux only; elsewhere, or when the call is refused
/// (an old kernel, a sandbox), <see cref="TryGet"/> says so and the caller asks <see cref="FileInfo"/>.
/// </summary>
internal static partial class PathStat
{
    /// <summary>What a path is.</summary>
    public enum Kind
    {
        Missing,
        File,
        Folder,
        Link,
    }

    /// <summary>Whether this process can ask <c>statx</c> (probed once, on the file system root).</summary>
    private static readonly bool Supported = OperatingSystem.IsLinux() && Probe();

    /// <summary>
    /// The kind, size and modification time (UTC ticks) of <paramref name="path"/>; false when this platform cannot say
    /// (ask <see cref="FileInfo"/>). A missing path (or one under a file) is <see cref="Kind.Missing"/>.
    /// </summary>
    public static bool TryGet(string path, out Kind kind, out long length, out long mtime)
    {
        (kind, length, mtime) = (Kind.Missing, 0, 0);
        return Supported && Query(path, out kind, out length, out mtime);
    }

    private static bool Probe()
    {
        try
        {
            return Query("/", out var kind, out _, out _) && kind == Kind.Folder;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static unsafe bool Query(string path, out Kind kind, out long length, out long mtime)
    {
        (kind, length, mtime) = (Kind.Missing, 0, 0);
        var size = Encoding.UTF8.GetMaxByteCount(path.Length) + 1;
        byte[]? rented = size > 1024 ? ArrayPool<byte>.Shared.Rent(size) : null;
        try
        {
            var name = rented is null ? stackalloc byte[size] : rented.AsSpan(0, size);
            var written = Encoding.UTF8.GetBytes(path, name);
            name[written] = 0;
            Span<byte> buffer = stackalloc byte[BufferSize];
            int result;
            fixed (byte* p = name)
            fixed (byte* b = buffer)
            {
                result = Statx(AtFdCwd, p, AtSymlinkNoFollow, StatxType | StatxMtime | StatxSizeField, b);
            }

            if (result != 0)
            {
                var error = Marshal.GetLastPInvokeError();
                return error is ENoEnt or ENotDir; // gone; anything else (refused, unknown): ask FileInfo
            }

            var mode = MemoryMarshal.Read<ushort>(buffer[28..]) & SIfMt;
            kind = mode switch
            {
                SIfDir => Kind.Folder,
                SIfLnk => Kind.Link,
                _ => Kind.File,
            };
            length = MemoryMarshal.Read<long>(buffer[40..]);
            var seconds = MemoryMarshal.Read<long>(buffer[112..]);
            var nanoseconds = MemoryMarshal.Read<uint>(buffer[120..]);
            mtime = DateTime.UnixEpoch.Ticks + (seconds * TimeSpan.TicksPerSecond) + (nanoseconds / 100);
            return true;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static unsafe partial int Statx(int directory, byte* path, int flags, uint mask, byte* buffer);

    /// <summary><c>struct statx</c>: 256 bytes on every architecture; mode at 28, size at 40, mtime at 112 (seconds, then nanoseconds).</summary>
    private const int BufferSize = 256;
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxMtime = 0x40;
    private const uint StatxSizeField = 0x200;
    private const int SIfMt = 0xF000;
    private const int SIfDir = 0x4000;
    private const int SIfLnk = 0xA000;
    private const int ENoEnt = 2;
    private const int ENotDir = 20;
}

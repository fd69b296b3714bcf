using System.Runtime.InteropServices;

namespace Briefing.Output;

/// <summary>
/// Gives the C heap's free memory back to the system (glibc <c>malloc_trim</c>) once the social cards are drawn: Skia,
/// HarfBuzz and zlib allocate and free on every drawing thread, and glibc keeps what they freed in each thread's arena.
/// Elsewhere (macOS, musl, Windows) it does nothing.
/// </summary>
internal static partial class NativeHeap
{
    public static void Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (EntryPointNotFoundException)
        {
            // not glibc
        }
    }

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}

using System.Runtime.InteropServices;

namespace Briefing.Files;

/// <summary>
/// A second name for an existing file (POSIX <c>link</c>): the build's caches and its output share one copy of an
/// image variant or a social card instead of writing the bytes twice. Every file linked this way is written once
/// (created new, then renamed into place) and never modified in place, so the names cannot drift apart.
/// </summary>
internal static partial class HardLink
{
    /// <summary>Links <paramref name="created"/> to <paramref name="existing"/>; false when it could not (another file
    /// system, a name that exists, Windows): the caller then copies.</summary>
    public static bool TryCreate(string existing, string created) =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && Link(existing, created) == 0;

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);
}

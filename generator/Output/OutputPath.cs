namespace Briefing.Output;

/// <summary>
/// A route's published file as a full path, written into a caller's buffer: the site snapshot is asked about every
/// file a rebuild keeps (~32,000 pages, feeds and cards at 10,000 briefings), and a string for each was garbage.
/// </summary>
internal static class OutputPath
{
    /// <summary>The longest path written on the stack; a longer one is built as a string (<see cref="Of"/>).</summary>
    public const int MaxStackLength = 512;

    /// <summary>
    /// Writes <c>Path.Combine(output, Routes.OutputFile(route))</c> into <paramref name="buffer"/>; false (nothing
    /// written) when it does not fit or the platform's separator is not '/' (then use <see cref="Of"/>).
    /// </summary>
    public static bool TryWrite(string output, string route, Span<char> buffer, out int length)
    {
        var folder = output.AsSpan().TrimEnd('/');
        var index = route.EndsWith('/') ? "index.html" : "";
        length = folder.Length + route.Length + index.Length;
        if (Path.DirectorySeparatorChar != '/' || !route.StartsWith('/') || length > buffer.Length)
        {
            length = 0;
            return false;
        }

        folder.CopyTo(buffer);
        route.CopyTo(buffer[folder.Length..]);
        index.CopyTo(buffer[(folder.Length + route.Length)..]);
        return true;
    }

    /// <summary>The route's published file as a string.</summary>
    public static string Of(string output, string route) => Path.Combine(output, Model.Routes.OutputFile(route));
}

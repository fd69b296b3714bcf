namespace Briefing.Files;

/// <summary>
/// A path with every symbolic link along it resolved, like POSIX <c>realpath</c>, in managed code (no native
/// import for the Native AOT build to carry). Links are followed at most <see cref="MaxLinks"/> times, as the
/// kernel does, so a loop ends as <see cref="Resolution.Loop"/> instead of hanging.
/// </summary>
internal static class RealPath
{
    private const int MaxLinks = 40;

    /// <summary>The outcome: a real path, or null when a component is missing (a dangling link) or links loop.</summary>
    public readonly record struct Resolution(string? Path, bool Loop);

    public static Resolution Resolve(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var root = System.IO.Path.GetPathRoot(full) ?? "/";
        var pending = new Stack<string>();
        Push(pending, full[root.Length..]);
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = System.IO.Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = System.IO.Path.Join(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return new Resolution(null, false);
            }

            if (target is null)
            {
                if (!File.Exists(next) && !Directory.Exists(next))
                {
                    return new Resolution(null, false);
                }

                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return new Resolution(null, true);
            }

            // The link's text replaces it: from the root if absolute, else from the folder that holds the link.
            Push(pending, target);
            if (System.IO.Path.IsPathRooted(target))
            {
                current = System.IO.Path.GetPathRoot(target) ?? root;
            }
        }

        return new Resolution(current, false);
    }

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split('/', System.IO.Path.DirectorySeparatorChar);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}

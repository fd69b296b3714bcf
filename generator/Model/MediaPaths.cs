namespace Briefing.Model;

/// <summary>
/// How an image path written in content names a file: relative to the file that writes it (a bundle's
/// <c>photo.jpg</c>), or from <c>content/</c> when it starts with '/' (<c>/media/team.jpg</c>). Remote http(s) URLs
/// are not files: bodies keep them as written.
/// </summary>
public static class MediaPaths
{
    /// <summary>The formats variants are made from (by extension, lowercase).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".jpg", ".jpeg", ".png", ".webp"];

    /// <summary>Whether <paramref name="src"/> is a remote URL (or protocol-relative): never processed.</summary>
    public static bool IsRemote(string src) =>
        src.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || src.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || src.StartsWith("//", StringComparison.Ordinal);

    /// <summary>
    /// Whether a body's image path names a content file to process: a relative path (beside the briefing) or one under
    /// <c>/media/</c>. Other root-relative paths are the site's own URLs (a theme's file) and stay as written.
    /// </summary>
    public static bool IsProcessedInBody(string src) =>
        !IsRemote(src) && (!src.StartsWith('/') || src.StartsWith("/media/", StringComparison.Ordinal));

    /// <summary>
    /// The file <paramref name="src"/> names from <paramref name="fromFile"/> (both relative to the site root, '/'), or
    /// null when the path leaves <c>content/</c> ('..' past it) or is not a path (a scheme, a query, a fragment).
    /// </summary>
    public static string? Resolve(string fromFile, string src)
    {
        if (src.Length == 0 || IsRemote(src) || src.Contains(':', StringComparison.Ordinal) || src.Contains('\\', StringComparison.Ordinal)
            || src.IndexOfAny(['?', '#']) >= 0)
        {
            return null;
        }

        var start = src.StartsWith('/') ? "content" : fromFile[..Math.Max(0, fromFile.LastIndexOf('/'))];
        var parts = new List<string>(start.Split('/'));
        foreach (var part in Uri.UnescapeDataString(src).Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    parts.RemoveAt(parts.Count - 1);
                    if (parts.Count < 1)
                    {
                        return null;
                    }

                    break;
                default:
                    parts.Add(part);
                    break;
            }
        }

        return parts.Count > 1 && parts[0] == "content" ? string.Join('/', parts) : null;
    }

    /// <summary>The MIME type of a source's fallback variants: PNG stays PNG (transparency), everything else is JPEG.</summary>
    public static string FallbackType(string source) =>
        source.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "image/png" : "image/jpeg";
}

using Briefing.Model;

namespace Briefing.Content;

/// <summary>serve's quick path: one saved briefing read again alone, before the rebuild that checks the whole site.</summary>
public static partial class SiteLoader
{
    /// <summary>
    /// The briefing at <paramref name="relative"/> (a path under the site root, as the model names it) parsed as a load
    /// parses it, or null when it cannot be read, is incomplete, or has an error (the rebuild reports it).
    /// </summary>
    internal static ParsedArticle? ReadOne(string siteRoot, string relative, long maxBytes)
    {
        var paths = new ContentPaths(siteRoot);
        var bag = new DiagnosticBag();
        var file = Path.Combine(paths.Root, relative);
        if (!paths.Exists(file, bag))
        {
            return null;
        }

        var stamp = Caching.FileStamp.Of(file);
        var bytes = TextFile.ReadBytes(file, relative, stamp.Length, maxBytes, bag);
        var article = bytes is null ? null : Parse(paths, relative, bytes, bag);
        return article is { IsComplete: true } && !bag.HasErrors ? article : null;
    }
}

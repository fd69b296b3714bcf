using Briefing.Model;

namespace Briefing.Content;

/// <summary>serve's quick paths: one saved briefing or registry file read again alone, before the rebuild that checks the whole site.</summary>
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

    /// <summary>
    /// The company or person file at <paramref name="relative"/> (<c>content/companies/*.yml</c>, <c>content/people/*.yml</c>)
    /// read as a load reads it: a <see cref="Company"/> or a <see cref="Person"/>; for <c>content/tags.yml</c>, every tag
    /// it registers (an <see cref="IReadOnlyDictionary{TKey, TValue}"/> of <see cref="Tag"/> by slug); null when it is
    /// none of these, cannot be read or has an error (the rebuild reports it).
    /// </summary>
    internal static object? ReadEntry(string siteRoot, string relative, long maxBytes)
    {
        var paths = new ContentPaths(siteRoot);
        var bag = new DiagnosticBag();
        var file = Path.Combine(paths.Root, relative);
        var folder = Path.GetDirectoryName(file);
        if (!paths.Exists(file, bag))
        {
            return null;
        }

        object? entry = folder == paths.Companies ? RegistryLoader.ReadCompany(paths, file, maxBytes, bag)
            : folder == paths.People ? RegistryLoader.ReadPerson(paths, file, maxBytes, bag)
            : file == paths.TagsFile ? RegistryLoader.LoadTags(paths, maxBytes, bag)
            : null;
        return bag.HasErrors ? null : entry;
    }
}

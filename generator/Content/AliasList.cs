using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// Reads an <c>aliases</c> list of old URLs, each normalized by <see cref="AliasPath"/> and kept with its own line and
/// column; a bad one is BRF050 at that item. Every file kind with a page calls it: briefings, standalone pages, authors
/// and tags through <see cref="Read"/>, companies and people (whose aliases are names too) through <see cref="ReadMixed"/>.
/// Collisions with pages and other aliases are found once every output is planned (<c>Output.RedirectPlan</c>).
/// </summary>
internal static class AliasList
{
    /// <summary>The old URLs under <paramref name="key"/>; absent → empty.</summary>
    public static IReadOnlyList<UrlAlias> Read(MappingReader reader, string key = "aliases") =>
        Normalize(reader, reader.StringList(key));

    /// <summary>
    /// A company's or person's <c>aliases</c>, where other names (<c>AWS</c>) came first: an item that starts with '/'
    /// is an old URL of the entry's page, every other item is a name (a name never starts with '/').
    /// </summary>
    public static IReadOnlyList<UrlAlias> ReadMixed(MappingReader reader, out IReadOnlyList<string> names)
    {
        var items = reader.StringList("aliases");
        names = items.Where(i => !IsUrl(i.Value)).Select(i => i.Value).ToArray();
        return Normalize(reader, items.Where(i => IsUrl(i.Value)).ToArray());
    }

    private static bool IsUrl(string item) => item.TrimStart().StartsWith('/');

    private static IReadOnlyList<UrlAlias> Normalize(MappingReader reader, IReadOnlyList<Located<string>> items)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var result = new List<UrlAlias>(items.Count);
        foreach (var item in items)
        {
            if (AliasPath.Normalize(item.Value, out var problem) is { } route)
            {
                result.Add(new UrlAlias(route, item.Span));
            }
            else
            {
                reader.Diagnostics.Error(DiagnosticCodes.InvalidAlias, item.Span, problem);
            }
        }

        return result;
    }
}

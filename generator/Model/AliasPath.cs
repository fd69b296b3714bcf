using System.Text.RegularExpressions;

namespace Briefing.Model;

/// <summary>
/// What an alias may be: a path on this site that a server can serve and Netlify's <c>_redirects</c> can carry. Editors
/// paste old URLs in many spellings, so a missing leading '/' or a missing trailing '/' is added; anything that would
/// leave the site, climb out of the output folder, or mean something else to a server is refused.
/// </summary>
public static partial class AliasPath
{
    /// <summary>
    /// The normalized route of <paramref name="text"/>, or null with <paramref name="problem"/> saying what is wrong.
    /// A folder-style path gets a trailing '/' (<c>old/path</c> → <c>/old/path/</c>); one whose last segment has a dot
    /// (<c>/old.html</c>) stays a file.
    /// </summary>
    public static string? Normalize(string text, out string problem)
    {
        problem = string.Empty;
        var path = text.Trim();
        if (path.Length == 0)
        {
            problem = "an alias is empty";
            return null;
        }

        if (path.Any(char.IsControl))
        {
            problem = $"alias '{Printable(path)}' contains a control character";
            return null;
        }

        if (Scheme().IsMatch(path) || path.StartsWith("//", StringComparison.Ordinal))
        {
            problem = $"alias '{path}' is a full URL; write the path on this site only (for example /briefings/2025/old-slug/)";
            return null;
        }

        if (path.IndexOfAny(['?', '#']) is var q and >= 0)
        {
            problem = $"alias '{path}' has a {(path[q] == '?' ? "query ('?')" : "fragment ('#')")}; a redirect matches the path only";
            return null;
        }

        if (!path.StartsWith('/'))
        {
            path = "/" + path;
        }

        if (path.Contains("//", StringComparison.Ordinal))
        {
            problem = $"alias '{path}' has an empty segment ('//')";
            return null;
        }

        var segments = path.Split('/');
        if (segments.Any(s => s is "." or ".."))
        {
            problem = $"alias '{path}' has a '.' or '..' segment; write the path as it is, from the site root";
            return null;
        }

        if (path.FirstOrDefault(c => !Allowed(c)) is var bad and not '\0')
        {
            problem = $"alias '{path}' contains '{bad}'; use letters, digits and - . _ ~ in a path";
            return null;
        }

        var last = segments[^1];
        return last.Length == 0 || last.Contains('.', StringComparison.Ordinal) ? path : path + "/";
    }

    /// <summary>Whether <paramref name="route"/> has the shape of a briefing's URL: <c>/briefings/YYYY/slug/</c>.</summary>
    public static bool IsArticleShaped(string route) => ArticleShape().IsMatch(route);

    // Whitespace splits a _redirects line; '*' and ':' are Netlify's splats and placeholders; '%' and quotes would be
    // decoded or mangled by some servers. Letters of any script are fine: they are written as file names as they are.
    private static bool Allowed(char c) => char.IsLetterOrDigit(c) || c is '/' or '-' or '.' or '_' or '~';

    private static string Printable(string text) => new(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^/briefings/[0-9]{4}/[a-z0-9]+(?:-[a-z0-9]+)*/$")]
    private static partial Regex ArticleShape();
}

namespace Briefing.Model;

/// <summary>
/// Which link and image destinations in a briefing's body are published: <c>http</c>, <c>https</c> and <c>mailto</c>
/// URLs, relative paths (<c>/x</c>, <c>../x</c>, <c>x.html</c>, <c>?q</c>) and fragments (<c>#x</c>). Anything else
/// (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, <c>file:</c>…) could run script or reach the reader's machine,
/// so it is dropped, as Hugo's goldmark does unless told to be unsafe. The rendering and the warning share this rule.
/// </summary>
public static class LinkSafety
{
    /// <summary>
    /// The scheme (lowercase) of a destination that must not be published, or null when it is safe. The destination
    /// is judged as a browser reads it: entities already decoded by the Markdown parser, then every ASCII control and
    /// whitespace character removed (browsers drop tabs and newlines anywhere in a URL, so <c>java&#9;script:</c>
    /// would still run); a scheme is letters, digits, <c>+ - .</c> from the start up to a colon, as the URL standard
    /// parses it, so <c>a/b:c</c> and <c>?q=a:b</c> are relative.
    /// </summary>
    public static string? UnsafeScheme(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var scheme = new System.Text.StringBuilder();
        foreach (var c in url)
        {
            if (c <= ' ' || c == '\u007F')
            {
                continue;
            }

            if (c == ':')
            {
                var name = scheme.ToString().ToLowerInvariant();
                return name.Length == 0 || name is "http" or "https" or "mailto" ? null : name;
            }

            var isSchemeChar = char.IsAsciiLetter(c) || (scheme.Length > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'));
            if (!isSchemeChar)
            {
                return null;
            }

            scheme.Append(c);
        }

        return null;
    }
}

using System.Text;
using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>
/// Writes the redirects of the site's aliases two ways. Netlify reads <c>_redirects</c> (one <c>from to 301!</c> line per
/// alias, sorted; the '!' because Netlify serves a file that exists before it applies a rule, and every old URL also
/// has a page); <c>netlify.toml</c> stays the place for headers. Every other host, and <c>briefing serve</c>, gets a small
/// page at the old URL: a zero-second refresh, the canonical link, noindex, and a link a reader can follow without
/// JavaScript. Both are written in code, not by the theme: they carry no design and must be right on every theme.
/// </summary>
internal static class RedirectWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>The <c>_redirects</c> file: paths carry the base path (<c>/news/old/ /news/new/ 301!</c>).</summary>
    public static string Netlify(IReadOnlyList<Redirect> redirects, SiteUrls urls)
    {
        var text = new StringBuilder("# Written by 'briefing build' from the 'aliases' in content/: edit those, not this file.\n");
        foreach (var redirect in redirects)
        {
            text.Append(urls.Link(redirect.From)).Append(' ').Append(urls.Link(redirect.To)).Append(" 301!\n");
        }

        return text.ToString();
    }

    /// <summary>The HTML page written at <paramref name="redirect"/>'s old URL.</summary>
    public static string Page(Redirect redirect, SiteUrls urls, SiteConfig config)
    {
        var target = HtmlText.Escape(urls.Absolute(redirect.To));
        var title = HtmlText.Escape(redirect.Title);
        return $"""
            <!DOCTYPE html>
            <html lang="{HtmlText.Escape(config.Language)}">
            <head>
            <meta charset="utf-8">
            <title>Moved: {title} · {HtmlText.Escape(config.Title)}</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <link rel="canonical" href="{target}">
            <meta http-equiv="refresh" content="0; url={target}">
            </head>
            <body>
            <main>
            <h1>This page has moved</h1>
            <p><a href="{HtmlText.Escape(urls.Link(redirect.To))}">{title}</a> is now at {target}.</p>
            </main>
            </body>
            </html>

            """;
    }

    /// <summary>Writes every page and <c>_redirects</c>; nothing when the site has no alias.</summary>
    public static void Write(OutputFolder staging, IReadOnlyList<Redirect> redirects, SiteUrls urls, SiteConfig config)
    {
        if (redirects.Count == 0)
        {
            return;
        }

        foreach (var redirect in redirects)
        {
            staging.Write(redirect.From, Utf8.GetBytes(Page(redirect, urls, config)));
        }

        staging.Write(RedirectPlan.NetlifyRedirects, Utf8.GetBytes(Netlify(redirects, urls)));
    }
}

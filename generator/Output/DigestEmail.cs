using AngleSharp.Dom;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Rendering.Views;

namespace Briefing.Output;

/// <summary>
/// An edition's email: the theme's <c>email</c> layout rendered like a page (without <c>_base</c>), every link and
/// image made absolute, its stylesheet moved into <c>style</c> attributes by PreMailer.Net (media queries, the dark
/// scheme's among them, stay in one <c>&lt;style&gt;</c> for the clients that read it), and the plain-text
/// alternative read from the same document, so it holds every link of the HTML.
/// </summary>
internal static class DigestEmail
{
    /// <summary>The email layout's output before inlining (what the build cache keys the email by).</summary>
    /// <param name="view">The edition's view (<see cref="ViewFactory.EditionPage"/>).</param>
    public static string Source(ThemeTemplates templates, ViewFactory views, Edition edition, EditionView view)
    {
        var globals = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["site"] = views.Site,
            ["meta"] = views.EditionMeta(edition),
            ["page"] = view,
        };
        return templates.RenderDocument("email", globals);
    }

    /// <summary>
    /// The email's HTML document and its text: <paramref name="source"/> with every style inlined (about 30 ms for a
    /// 40 KB email, docs/performance.md: why only the newest editions get one, and why the build cache keeps them).
    /// </summary>
    /// <param name="address">The email's own absolute URL, which relative links resolve against.</param>
    /// <param name="placeholder">The unsubscribe placeholder, left as it is for the mailing service.</param>
    public static (string Html, string Text) Inline(string source, Uri address, string placeholder)
    {
        using var premailer = new PreMailer.Net.PreMailer(source, address);
        Absolutize(premailer.Document, address, placeholder);
        var inlined = premailer.MoveCssInline(removeStyleElements: true, ignoreElements: null, css: null, stripIdAndClassAttributes: false,
            removeComments: true, customFormatter: null, preserveMediaQueries: true);
        var text = EmailText.From(premailer.Document);
        var html = inlined.Html.Replace("\r\n", "\n", StringComparison.Ordinal);
        return (html.EndsWith('\n') ? html : html + "\n", text);
    }

    /// <summary>What the digest feed carries of an email: its body's HTML, from the serialized document (kept or new alike).</summary>
    public static string Body(string html)
    {
        var open = html.IndexOf("<body", StringComparison.Ordinal);
        var start = open < 0 ? -1 : html.IndexOf('>', open);
        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        return start < 0 || end < start ? html.Trim() : html[(start + 1)..end].Trim();
    }

    /// <summary>
    /// Resolves every relative <c>href</c> and <c>src</c> against the email's own address: a mail client has no site
    /// to resolve them against. The unsubscribe placeholder is left for the mailing service to replace.
    /// </summary>
    private static void Absolutize(IDocument document, Uri address, string placeholder)
    {
        foreach (var (selector, attribute) in new[] { ("[href]", "href"), ("[src]", "src") })
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                var value = element.GetAttribute(attribute)!;

                // "/news/" is an absolute file URI to .NET on Unix: a value is relative when it has no scheme before a '/'.
                var colon = value.IndexOf(':', StringComparison.Ordinal);
                var slash = value.IndexOf('/', StringComparison.Ordinal);
                var relative = colon < 0 || (slash >= 0 && slash < colon);
                if (value != placeholder && relative && Uri.TryCreate(address, value, out var absolute))
                {
                    element.SetAttribute(attribute, absolute.AbsoluteUri);
                }
            }
        }
    }
}

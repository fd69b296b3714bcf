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
    /// <summary>The email's HTML document, its text, and its body's HTML alone (what the digest feed carries).</summary>
    /// <param name="view">The edition's view (<see cref="ViewFactory.EditionPage"/>).</param>
    public static (string Html, string Text, string Body) Render(ThemeTemplates templates, ViewFactory views, Edition edition, EditionView view)
    {
        var globals = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["site"] = views.Site,
            ["meta"] = views.EditionMeta(edition),
            ["page"] = view,
        };
        var html = templates.RenderDocument("email", globals);
        var address = new Uri(views.Urls.Absolute(Routes.DigestEmail(edition.Week)));
        using var premailer = new PreMailer.Net.PreMailer(html, address);
        Absolutize(premailer.Document, address, view.UnsubscribeUrl);
        var inlined = premailer.MoveCssInline(removeStyleElements: true, ignoreElements: null, css: null, stripIdAndClassAttributes: false,
            removeComments: true, customFormatter: null, preserveMediaQueries: true);
        var text = EmailText.From(premailer.Document);
        var document = inlined.Html.Replace("\r\n", "\n", StringComparison.Ordinal);
        return (document.EndsWith('\n') ? document : document + "\n", text, premailer.Document.Body?.InnerHtml.Trim() ?? string.Empty);
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

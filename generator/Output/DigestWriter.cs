using System.Collections.Concurrent;
using System.Text;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Rendering.Views;

namespace Briefing.Output;

/// <summary>
/// Writes the digest's files that are not pages: each edition's <c>email.html</c> and <c>email.txt</c> (rendered in
/// parallel, written in order) and <c>/digest/feed.xml</c>. Every byte follows from the model and the theme: an
/// unchanged file is left as the output holds it (<see cref="OutputFolder.Write"/> compares).
/// </summary>
internal static class DigestWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Writes the files; a template error is returned (and nothing of the digest is written).</summary>
    public static Diagnostic? Write(OutputFolder staging, ThemeTemplates templates, ViewFactory views, DigestPlan digest, FeedContent feedContent)
    {
        var editions = digest.Editions;
        var rendered = new (EditionView View, string Html, string Text, string Body)[editions.Count];
        var failures = new ConcurrentBag<Diagnostic>();
        Parallel.For(0, editions.Count, (i, state) =>
        {
            try
            {
                var edition = editions[i];
                var view = views.EditionPage(edition, i + 1 < editions.Count ? editions[i + 1] : null, i > 0 ? editions[i - 1] : null);
                var (html, text, body) = DigestEmail.Render(templates, views, edition, view);
                rendered[i] = (view, html, text, body);
            }
            catch (TemplateRenderException ex)
            {
                failures.Add(ex.Diagnostic);
                state.Stop();
            }
        });
        if (!failures.IsEmpty)
        {
            return failures.OrderBy(d => d.Span.Line).First();
        }

        for (var i = 0; i < editions.Count; i++)
        {
            staging.Write(Routes.DigestEmail(editions[i].Week), Utf8.GetBytes(rendered[i].Html));
            staging.Write(Routes.DigestText(editions[i].Week), Utf8.GetBytes(rendered[i].Text));
        }

        var items = digest.FeedItems(feedContent.Config).Select((e, i) => (e, rendered[i].View, rendered[i].Body)).ToArray();
        using var feed = staging.Create(Routes.DigestFeed);
        DigestFeedWriter.Write(feed, feedContent, items);
        return null;
    }
}

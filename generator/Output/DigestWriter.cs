using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>
/// Writes the digest's files that are not pages: the <c>email.html</c> and <c>email.txt</c> of each edition the feed
/// carries (rendered in parallel, written in order) and <c>/digest/feed.xml</c>. An email whose layout output is
/// unchanged since the build that published it is kept without inlining it again (the build cache, keyed by that
/// output, the generator and the theme).
/// </summary>
internal static class DigestWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Writes the files and returns the routes it keyed (for the build cache); a template error is returned instead.</summary>
    /// <param name="theme">The generator and theme (<see cref="BuildFingerprint.Theme"/>).</param>
    public static (Diagnostic? Error, IReadOnlyList<string> Keyed) Write(OutputFolder staging, ThemeTemplates templates, ViewFactory views,
        DigestPlan digest, FeedContent feedContent, RenderCache cache, UInt128 theme, string output)
    {
        var emailed = digest.Emailed;
        var html = new string[emailed.Count];
        var text = new string?[emailed.Count];
        var keys = new UInt128[emailed.Count];
        var editionViews = new Rendering.Views.EditionView[emailed.Count];
        var failures = new ConcurrentBag<Diagnostic>();
        Parallel.For(0, emailed.Count, (i, state) =>
        {
            try
            {
                var edition = emailed[i];
                var view = editionViews[i] = digest.View(views, i); // the emailed editions lead the list
                var source = DigestEmail.Source(templates, views, edition, view);
                var route = Routes.DigestEmail(edition.Week);
                keys[i] = BuildFingerprint.Key(theme, route, [XxHash128.HashToUInt128(Utf8.GetBytes(source))]);
                if (cache.IsCurrent(route, keys[i]) && cache.IsCurrent(Routes.DigestText(edition.Week), keys[i]))
                {
                    html[i] = File.ReadAllText(Path.Combine(output, Routes.OutputFile(route)));
                    return;
                }

                (html[i], text[i]) = DigestEmail.Inline(source, new Uri(views.Urls.Absolute(route)), view.UnsubscribeUrl);
            }
            catch (TemplateRenderException ex)
            {
                failures.Add(ex.Diagnostic);
                state.Stop();
            }
        });
        if (!failures.IsEmpty)
        {
            return (failures.OrderBy(d => d.Span.Line).First(), []);
        }

        var keyed = new List<string>(emailed.Count * 2);
        for (var i = 0; i < emailed.Count; i++)
        {
            var (email, plain) = (Routes.DigestEmail(emailed[i].Week), Routes.DigestText(emailed[i].Week));
            keyed.Add(email);
            keyed.Add(plain);
            if (text[i] is not { } kept)
            {
                staging.Keep(email);
                staging.Keep(plain);
                continue;
            }

            staging.Write(email, Utf8.GetBytes(html[i]));
            staging.Write(plain, Utf8.GetBytes(kept));
            cache.Rendered(email, keys[i], UInt128.Zero);
            cache.Rendered(plain, keys[i], UInt128.Zero);
        }

        var items = emailed.Select((e, i) => (e, editionViews[i], DigestEmail.Body(html[i]))).ToArray();
        using var feed = staging.Create(Routes.DigestFeed);
        DigestFeedWriter.Write(feed, feedContent, items);
        return (null, keyed);
    }
}

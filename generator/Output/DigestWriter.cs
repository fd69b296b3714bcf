using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>
/// Writes the digest's files that are not pages: the <c>email.html</c> and <c>email.txt</c> of each edition the feed
/// carries (rendered in parallel, written in order) and <c>/digest/feed.xml</c>. Each is keyed like a page (the build's
/// fingerprint and the intros it shows): when that held since the build that published it, it is kept without rendering
/// the layout (a body edit renders no email and writes no digest feed). Otherwise an email whose layout output is
/// unchanged is kept without inlining it again (its content key: that output, the generator and the theme).
/// </summary>
internal static class DigestWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>
    /// Writes the files and returns the routes it keyed (for the build cache) and how many of its files it rendered (email
    /// layouts rendered, the feed written); a template error is returned instead.
    /// </summary>
    /// <param name="fingerprint">The build's fingerprint (<see cref="BuildFingerprint.Of"/>): with an edition's intro, all an email
    /// shows, as it is all its page shows (the same view); with the emailed editions' intros, all the digest feed shows.</param>
    /// <param name="theme">The generator and theme (<see cref="BuildFingerprint.Theme"/>).</param>
    public static (Diagnostic? Error, IReadOnlyList<string> Keyed, int Rendered) Write(OutputFolder staging, ThemeTemplates templates, ViewFactory views,
        DigestPlan digest, FeedContent feedContent, RenderCache cache, UInt128 fingerprint, UInt128 theme, string output)
    {
        var emailed = digest.Emailed;
        var html = new string[emailed.Count];
        var text = new string?[emailed.Count];
        var keys = new UInt128[emailed.Count];
        var editionViews = new Rendering.Views.EditionView[emailed.Count];
        var feedKey = BuildFingerprint.Key(fingerprint, Routes.DigestFeed, emailed.SelectMany(IntroHash));
        var feedCurrent = cache.IsCurrent(Routes.DigestFeed, feedKey);
        var failures = new ConcurrentBag<Diagnostic>();
        var rendered = 0;
        Parallel.For(0, emailed.Count, (i, state) =>
        {
            try
            {
                var edition = emailed[i];
                var route = Routes.DigestEmail(edition.Week);
                var textRoute = Routes.DigestText(edition.Week);
                keys[i] = BuildFingerprint.Key(fingerprint, route, IntroHash(edition));
                if (cache.IsCurrent(route, keys[i]) && cache.IsCurrent(textRoute, keys[i]))
                {
                    if (!feedCurrent)
                    {
                        editionViews[i] = digest.View(views, i);
                        html[i] = File.ReadAllText(Path.Combine(output, Routes.OutputFile(route)));
                    }

                    return; // a body edit: the fingerprint and the intros held, so the email's layout output did too
                }

                var view = editionViews[i] = digest.View(views, i); // the emailed editions lead the list
                var source = DigestEmail.Source(templates, views, edition, view);
                Interlocked.Increment(ref rendered);
                var content = BuildFingerprint.Key(theme, route, [XxHash128.HashToUInt128(Utf8.GetBytes(source))]);
                if (cache.KeepIfSameContent(route, keys[i], content) && cache.KeepIfSameContent(textRoute, keys[i], content))
                {
                    html[i] = File.ReadAllText(Path.Combine(output, Routes.OutputFile(route)));
                    return;
                }

                (html[i], text[i]) = DigestEmail.Inline(source, new Uri(views.Urls.Absolute(route)), view.UnsubscribeUrl);
                cache.Rendered(route, keys[i], content);
                cache.Rendered(textRoute, keys[i], content);
            }
            catch (TemplateRenderException ex)
            {
                failures.Add(ex.Diagnostic);
                state.Stop();
            }
        });
        if (!failures.IsEmpty)
        {
            return (failures.OrderBy(d => d.Span.Line).First(), [], rendered);
        }

        var keyed = new List<string>((emailed.Count * 2) + 1);
        var inlined = 0;
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

            inlined++;
            staging.Write(email, Utf8.GetBytes(html[i]));
            staging.Write(plain, Utf8.GetBytes(kept));
        }

        keyed.Add(Routes.DigestFeed);
        if (feedCurrent && inlined == 0)
        {
            staging.Keep(Routes.DigestFeed);
            return (null, keyed, rendered);
        }

        var items = emailed.Select((e, i) => (e, editionViews[i], DigestEmail.Body(html[i]))).ToArray();
        using (var feed = staging.Create(Routes.DigestFeed))
        {
            DigestFeedWriter.Write(feed, feedContent, items);
        }

        cache.Rendered(Routes.DigestFeed, feedKey, UInt128.Zero);
        return (null, keyed, rendered + 1);
    }

    /// <summary>The body an edition's page and email show beside the build's fingerprint: its intro's, if it has one.</summary>
    private static UInt128[] IntroHash(Edition edition) => edition.Intro is { } intro ? [intro.Body.Hash] : [];
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Briefing.Media.Cards;
using Briefing.Media;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Rendering.Views;

namespace Briefing.Output;

/// <summary>
/// The build of a loaded site: parse the theme, render Markdown once per briefing, render every page in parallel
/// into a staging folder, write feeds, sitemap and assets, then swap the staging folder in. Any error leaves the
/// previous output untouched.
/// </summary>
public static partial class SiteBuilder
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>
    /// Builds <paramref name="model"/> (null when loading failed: the theme is still checked, so one run reports
    /// every problem) with the theme <c>themes/<paramref name="theme"/></c> of <paramref name="sourceRoot"/>.
    /// </summary>
    /// <param name="loadDiagnostics">What loading the content reported; they lead the result's diagnostics.</param>
    /// <param name="loadTimings">How long each loading stage took, reported first.</param>
    /// <param name="cacheFolder">The build cache (<c>.briefing/cache/</c>): pages and feeds whose inputs did not change since
    /// the build that wrote the output are not rendered again. Null: render everything.</param>
    /// <param name="recordUrls">Record the URLs this build publishes, for the next build's vanished-URL warnings
    /// (<see cref="PublishedUrls"/>); <c>serve</c>'s previews don't.</param>
    /// <param name="keepFolder">A top-level output folder that this build does not produce but must not remove as stale
    /// (<c>pagefind</c>, the search index written after publishing); null removes everything not produced.</param>
    /// <param name="progress">Told each stage as it starts, and each page and feed done (null: nobody is watching).</param>
    /// <param name="memory">serve's memory: it owns the parsed theme and keeps what a successful build worked out (null: nothing is kept).</param>
    /// <param name="known">What the check of the last build's site snapshot found: output files that held there are not stat'ed again.</param>
    /// <param name="prepared">The theme, loaded beside the content (<see cref="PreparedTheme.Start"/>); the build owns it. Null: loaded here.</param>
    /// <param name="largeBuild">Told, once loading is over, when the build's fingerprint changed since the output's build: most
    /// pages' content keys are computed, a build that allocates much (the CLI's BuildPipeline ends its no-GC region then).</param>
    /// <param name="saveCacheBeside">Write the render cache on a thread of its own after publishing, and return at once: the
    /// result's <see cref="BuildResult.Saving"/> (the CLI records the site snapshot meanwhile, then waits for it).</param>
    public static BuildResult Build(string sourceRoot, string outputDirectory, string theme, SiteModel? model,
        IReadOnlyList<Diagnostic> loadDiagnostics, IReadOnlyList<(string Stage, TimeSpan Elapsed)> loadTimings, string? cacheFolder = null,
        string? keepFolder = null, bool recordUrls = true, IBuildProgress? progress = null, BuildMemory? memory = null,
        Caching.SnapshotCheck? known = null, Action? largeBuild = null, PreparedTheme? prepared = null, bool saveCacheBeside = false)
    {
        progress ??= NoProgress.Instance;
        var timings = new List<(string, TimeSpan)>(loadTimings);
        var clock = Stopwatch.StartNew();
        void Lap(string stage)
        {
            timings.Add((stage, clock.Elapsed));
            clock.Restart();
        }

        var diagnostics = new List<Diagnostic>(loadDiagnostics);
        sourceRoot = Path.GetFullPath(sourceRoot);
        var output = Path.GetFullPath(outputDirectory);
        if (OutputProblem(sourceRoot, output) is { } problem)
        {
            prepared?.Dispose();
            return new BuildResult([OutputRefused(sourceRoot, output, problem)], 0, 0, timings);
        }

        progress.Stage("templates");
        var themeRoot = Path.Combine(sourceRoot, "themes", theme);
        using var preparation = prepared ?? PreparedTheme.Inline(sourceRoot, theme);
        var themeLoaded = preparation.Take();
        var templates = themeLoaded.Templates;
        diagnostics.AddRange(themeLoaded.TemplateDiagnostics);
        if (model is { Pages.Count: > 0 } && templates is not null && !File.Exists(Path.Combine(themeRoot, "layouts", "page.html")))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingTheme, SourceSpan.File($"themes/{theme}/layouts/page.html"),
                "the theme has no layout 'page.html', which the pages in content/pages/ need"));
        }

        diagnostics.AddRange(themeLoaded.LayoutDiagnostics);
        using var socialCards = themeLoaded.Cards;
        using var cardWorker = themeLoaded.CardWorker;
        Lap("templates");
        if (preparation.InBackground)
        {
            timings.Add(("  (loaded beside content)", themeLoaded.Took)); // the theme's own time, on a thread of its own while the content loaded
        }

        if (templates is not null)
        {
            timings.Add(($"  ({templates.CompiledSummary})", TimeSpan.Zero)); // which templates run compiled (docs/editing.md)
        }

        memory?.Starting(templates);
        using var disposeTemplates = memory is null ? templates : null;
        if (model is null || templates is null || diagnostics.Any(d => d.IsError))
        {
            return new BuildResult(diagnostics, 0, 0, timings);
        }

        var urls = new SiteUrls(model.Config);
        using var staging = new OutputFolder(output) { KeepFolder = keepFolder, Known = known };
        // The render cache (3 MB at 10,000 briefings) is read beside the images and the fingerprint, which do not need it.
        var cacheRead = Task.Run(() => RenderCache.Open(cacheFolder, output, usePrevious: staging.Incremental, known));
        progress.Stage("images");
        using var media = new MediaStage(cacheFolder);
        var images = media.Process(sourceRoot, model.ImageSources, model.Config.Images);
        diagnostics.AddRange(images.Diagnostics);
        if (images.Diagnostics.Any(d => d.IsError))
        {
            return new BuildResult(diagnostics, 0, 0, timings);
        }

        Lap("images");
        progress.Stage("fingerprint");
        var themeHash = preparation.Hash ^ images.Hash; // a new variant URL changes the pages that show it
        var fingerprint = BuildFingerprint.Of(model, themeHash);
        Lap("fingerprint");
        progress.Stage("cache-read");
        var cache = cacheRead.GetAwaiter().GetResult();
        Lap("cache-read");
        // Every page's URL and date: the fingerprint decides them (no body does), so it keys the sitemap, and a current
        // sitemap says the fingerprint held. When it did not, most pages' content keys are computed: a large build.
        var sitemapKey = BuildFingerprint.Key(fingerprint, Routes.Sitemap, []);
        var sameFingerprint = cache.IsCurrent(Routes.Sitemap, sitemapKey);
        if (!sameFingerprint)
        {
            largeBuild?.Invoke();
        }

        progress.Stage("plan");
        UInt128 KeyOf(string route, IEnumerable<Article> bodies) =>
            BuildFingerprint.Key(fingerprint, route, bodies.Select(BuildFingerprint.Body));

        var pictures = new PictureHtml(images.Sets, model.Config.Images, model.Config.BasePath);
        var bodies = new LazyBodies(model, new MarkdownRenderer(model.Config.BasePath), pictures);
        var assets = preparation.Assets;
        // The card plan (which page shows which card, the glyph check of every title) is made beside the rest of the plan;
        // its warnings keep their place among the diagnostics (docs/performance.md, fifteenth session).
        var cardWarnings = new List<Diagnostic>();
        var cardPlan = Task.Run(() =>
        {
            var started = Stopwatch.GetTimestamp();
            var plan = CardOutputs.Plan(socialCards, model, urls, sourceRoot, cardWarnings, images, cacheFolder, fingerprint);
            return (Cards: plan, Took: Stopwatch.GetElapsedTime(started));
        });
        // The feeds' plan and the published URLs (read from the cache, and the model's hashed) beside the pages' plan:
        // all three only read the model, and the rest of the plan waits for them on one core otherwise.
        var feedPlan = Task.Run(() => FeedCatalog.Plan(model));
        var publishedPlan = Task.Run(() => (Read: PublishedUrls.Read(cacheFolder, output), Hash: PublishedUrls.Hash(model)));
        (DigestPlan? Digest, List<PageJob> Jobs, FeedCatalog Feeds) rest;
        try
        {
            var digestPlan = OutputPlan.Digest(model, themeRoot);
            rest = (digestPlan, OutputPlan.Pages(model, themeRoot, digestPlan), feedPlan.GetAwaiter().GetResult());
        }
        catch
        {
            ((IAsyncResult)cardPlan).AsyncWaitHandle.WaitOne(); // the card plan must not outlive the theme's fonts
            throw;
        }

        var (planned, cardsPlanned) = cardPlan.GetAwaiter().GetResult();
        using var cards = planned;
        diagnostics.AddRange(cardWarnings);
        var (digest, jobs, feeds) = rest;
        var opmlLists = OpmlWriter.Lists(feeds, model.Config.Title).ToArray();
        var rssFeeds = feeds.RssFeeds.ToArray();

        // A fresh output renders every page and feed: each body is rendered by its page, its feed item built right
        // after, and the body dropped, so the bodies never pile up until the feeds (docs/performance.md, tenth session).
        // The items wait for the feeds in a file, not the heap (twelfth session); serve keeps them for its quick path.
        var itemsWithPages = !staging.Incremental;
        using var spill = itemsWithPages && memory is null ? FeedItemSpill.Beside(output) : null;
        var feedContent = new FeedContent(model, urls, bodies, feeds.Site.Items) { Images = images, RssFeeds = rssFeeds, Spill = spill };
        var views = new ViewFactory(model, urls, bodies, assets.StylesheetRoute) { SocialCards = cards.ByPage, Pictures = pictures };
        var contentKeys = new ContentKeys(model, themeHash, views);
        Lap("plan");
        timings.Add(("  (cards, beside)", cardsPlanned)); // which page shows which card, and the glyph check of every title
        string[] routes = [.. OutputPlan.Routes(jobs, assets, rssFeeds, opmlLists.Select(o => o.Route), OutputPlan.DigestFiles(digest)), .. cards.Routes, .. images.Files.Select(f => f.Route)];
        var redirects = RedirectPlan.Plan(model, routes, diagnostics);
        string[] outputs = [.. routes, .. RedirectPlan.Outputs(redirects)];
        var (published, publishedHash) = publishedPlan.GetAwaiter().GetResult();
        var vanished = VanishedUrls.Find(published, publishedHash, model, outputs);
        diagnostics.AddRange(vanished);
        if (diagnostics.Any(d => d.IsError))
        {
            return new BuildResult(diagnostics, 0, 0, timings);
        }

        progress.Stage("pages");
        progress.Total(jobs.Count);
        staging.Expect(outputs.Length);
        var pagesCpu = Environment.CpuUsage.TotalTime;
        // The cards are drawn beside the pages, on one thread while they render and on every core once they are written,
        // so that the feeds, the digest and the sitemap overlap cards (docs/performance.md,
        // fifteenth session).
        cards.Start(staging, cacheFolder, threads: 1, cardWorker);
        // The staging folders are made by whichever thread writes the first file into each (OutputFolder.EnsureFolder), on
        // every core: no longer ~18,800 mkdir on one thread before the first page (sixteenth session).
        var failures = new ConcurrentBag<Diagnostic>();
        var perLayout = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var renderedPages = 0;
        var heap = new HeapWatch();
        Parallel.ForEach(jobs, Workers.Options(), (job, state) =>
        {
            progress.Advance();
            heap.Tick();
            try
            {
                var key = BuildFingerprint.Key(fingerprint, job.Route, job.BodyHash());
                if (cache.IsCurrent(job.Route, key))
                {
                    staging.Keep(job.Route);
                    return;
                }

                // The build changed somewhere (a registry entry, front matter, the theme): keep the page if what it shows did not.
                var started = Stopwatch.GetTimestamp();
                UInt128? content = null;
                if (cache.HasContentKey(job.Route))
                {
                    content = contentKeys.Page(job);
                    if (cache.KeepIfSameContent(job.Route, key, content.Value))
                    {
                        staging.Keep(job.Route);
                        perLayout.AddOrUpdate("(content keys)", Stopwatch.GetTimestamp() - started, (_, t) => t + Stopwatch.GetTimestamp() - started);
                        return;
                    }
                }

                var view = job.Build(views);
                content ??= contentKeys.Page(job, view);
                var html = RenderPage(templates, views, job.Layout, view);
                var rendered = Stopwatch.GetTimestamp();
                staging.Write(job.Route, html);
                cache.Rendered(job.Route, key, content.Value);
                Interlocked.Increment(ref renderedPages);
                perLayout.AddOrUpdate(job.Layout, rendered - started, (_, t) => t + rendered - started);
                var written = Stopwatch.GetTimestamp();
                perLayout.AddOrUpdate("(write)", written - rendered, (_, t) => t + written - rendered);
                if (itemsWithPages && job.Body is { } shown)
                {
                    feedContent.PageWritten(shown, RssFeedWriter.Item);
                    perLayout.AddOrUpdate("(feed items)", Stopwatch.GetTimestamp() - written, (_, t) => t + Stopwatch.GetTimestamp() - written);
                }
            }
            catch (TemplateRenderException ex)
            {
                failures.Add(ex.Diagnostic);
                state.Stop();
            }
        });
        cards.Widen();
        Lap("pages");
        timings.Add(("  (cpu)", Environment.CpuUsage.TotalTime - pagesCpu)); // the process's CPU time (user and system) in the stage, every thread, the cards' thread too
        timings.Add(($"  (rendered again by Scriban: {templates.RenderedAgain})", TimeSpan.Zero)); // pages a compiled template threw on
        foreach (var (layout, ticks) in perLayout.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            timings.Add(($"  {layout}", Stopwatch.GetElapsedTime(0, ticks)));
        }

        if (!failures.IsEmpty)
        {
            diagnostics.AddRange(failures.Distinct().OrderBy(d => d.Span.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Line));
            return new BuildResult(diagnostics, 0, 0, timings);
        }

        if (memory is null)
        {
            templates.ForgetCachedIncludes(); // the list pages are written; serve keeps them for its quick path
        }

        HeapWatch.Settle();

        // Every feed goes to its own file, so they can be written in any order: the bytes don't depend on it.
        // A feed is rewritten only when its key (the build's fingerprint and its items' bodies) changed.
        progress.Stage("feeds");
        progress.Total(rssFeeds.Length + 2 + opmlLists.Length);
        var renderedFeeds = 0;
        void Feed(string route, IReadOnlyList<Article> items, FeedChannel? channel, Action<Stream> write)
        {
            progress.Advance();
            var key = KeyOf(route, items);
            if (cache.IsCurrent(route, key))
            {
                staging.Keep(route);
                return;
            }

            var content = channel is null ? UInt128.Zero : contentKeys.Feed(route, channel, feedContent.Categories);
            if (cache.KeepIfSameContent(route, key, content))
            {
                staging.Keep(route);
                return;
            }

            using (var stream = staging.Create(route))
            {
                write(stream);
            }

            cache.Rendered(route, key, content);
            Interlocked.Increment(ref renderedFeeds);
        }

        Parallel.ForEach(rssFeeds, channel => Feed(channel.Route, channel.Items, channel, stream => RssFeedWriter.Write(stream, feedContent, channel)));
        var atom = feeds.Site with { Route = Routes.AtomFeed };
        Feed(atom.Route, atom.Items, atom, stream => AtomFeedWriter.Write(stream, feedContent, atom));
        var jsonFeed = feeds.Site with { Route = Routes.JsonFeed };
        Feed(jsonFeed.Route, jsonFeed.Items, jsonFeed, stream => JsonFeedWriter.Write(stream, feedContent, jsonFeed));
        foreach (var (route, title, groups) in opmlLists)
        {
            Feed(route, [], null, stream => OpmlWriter.Write(stream, feedContent, title, groups)); // every entity's name: the build's key decides
        }

        Lap("feeds");
        HeapWatch.Check();
        IReadOnlyList<string> digestKeyed = [];
        var renderedDigest = 0;
        if (digest is not null)
        {
            progress.Stage("digest");
            (var failed, digestKeyed, renderedDigest) = DigestWriter.Write(staging, templates, views, digest, feedContent, cache, fingerprint, themeHash, output);
            if (failed is not null)
            {
                diagnostics.Add(failed);
                return new BuildResult(diagnostics, 0, 0, timings);
            }

            Lap("digest");
        }

        SitemapWriter.Publish(staging, cache, sameFingerprint ? null : sitemapKey, jobs, urls);

        staging.Write(Routes.Robots, Utf8.GetBytes(SitemapWriter.Robots(urls)));
        RedirectWriter.Write(staging, redirects, urls, model.Config);
        foreach (var (route, bytes) in assets.Files)
        {
            staging.Write(route, bytes);
        }

        foreach (var (route, file) in images.Files)
        {
            staging.CopyIn(route, file);
        }

        Lap("sitemap");
        progress.Stage("cards");
        if (cards.StillDrawing)
        {
            HeapWatch.Settle();
        }

        cards.Finish();
        Lap("cards");
        if (cards.Rendered > 0)
        {
            timings.Add(("  drawn (beside pages and feeds)", cards.Drawing)); // from the first card to the last; the stage's line is the wait for the last ones
            if (cardWorker is not null)
            {
                timings.Add(($"  (by the card worker: {cards.WorkerDrew} of {cards.Rendered}, its peak working set {cards.WorkerPeak >> 20} MiB)", TimeSpan.Zero));
            }
        }

        HeapWatch.Check();
        progress.Stage("publish");
        staging.Publish(cache.PreviousFolders);
        if (recordUrls)
        {
            PublishedUrls.Save(cacheFolder, output, model, publishedHash, published);
        }

        Lap("publish");
        progress.Stage("cache");
        string[] keyed = [.. jobs.Select(j => j.Route), .. rssFeeds.Select(f => f.Route), Routes.AtomFeed, Routes.JsonFeed, .. opmlLists.Select(o => o.Route), .. digestKeyed, Routes.Sitemap];
        // The output is published: neither the cache nor the folders' snapshot it records change the site any more.
        var stamps = staging.PublishedStamps;
        var saving = saveCacheBeside ? Task.Run(() => cache.Save(keyed, staging.Snapshot, stamps)) : null;
        if (saving is null)
        {
            cache.Save(keyed, staging.Snapshot, stamps);
        }

        Lap("cache");
        memory?.Succeeded(new BuildMemory.Snapshot(output, model, templates, views, bodies, urls, jobs, feeds, feedContent));
        return new BuildResult(diagnostics, jobs.Count, outputs.Length, timings)
        {
            Written = staging.Written, Unchanged = staging.Unchanged, Removed = staging.Removed, Touched = staging.Touched,
            RenderedPages = renderedPages, RenderedFeeds = renderedFeeds, RenderedBodies = bodies.Rendered, RenderedCards = cards.Rendered, CardWorkerPeak = cards.WorkerPeak, RenderedDigest = renderedDigest, EncodedImages = images.Encoded,
            // The record of published URLs moved on: the next build compares with it and no longer warns about these.
            Repeatable = !(recordUrls && vanished.Count > 0),
            Saving = saving,
            Stamps = stamps,
        };
    }
}

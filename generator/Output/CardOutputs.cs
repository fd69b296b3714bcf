using Briefing.Media;
using Briefing.Media.Cards;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Rendering.Views;

namespace Briefing.Output;

/// <summary>
/// The social cards of a build as output files: which page shows which card (<c>meta.image</c>), and the card files
/// themselves. A card's file name is the hash of what it shows, so a card already in the output is kept, one in the
/// build cache (<c>.briefing/cache/cards/</c>) is copied, and only the others are drawn.
/// </summary>
internal sealed class CardOutputs : IDisposable
{
    private readonly SocialCards? _cards;
    private readonly string[] _routes;
    private readonly Func<string, CardContent> _content;
    private CardCache? _cache;
    private CardDrawing? _drawing;
    private CardWorkerProcess? _worker;
    private OutputFolder? _staging;
    private List<(string Route, CardContent Content)>? _claimed;
    private long _workerStarted;

    private CardOutputs(SocialCards? cards, IEnumerable<string> routes, Func<string, CardContent> content, IReadOnlyDictionary<string, SocialCardView> byPage)
    {
        _cards = cards;
        _routes = [.. routes.Order(StringComparer.Ordinal)];
        _content = content;
        ByPage = byPage;
    }

    /// <summary>Each page's card, by the route of the page (page one of a list).</summary>
    public IReadOnlyDictionary<string, SocialCardView> ByPage { get; }

    /// <summary>Every card file's route, once each, in ordinal order.</summary>
    public IReadOnlyList<string> Routes => _routes;

    /// <summary>Cards drawn by <see cref="Start"/> and <see cref="Finish"/>; the others were in the output or the cache.</summary>
    public int Rendered { get; private set; }

    /// <summary>From the start of the drawing to its last card, beside the pages and feeds, for the build's timings.</summary>
    public TimeSpan Drawing { get; private set; }

    /// <summary>The cards of <paramref name="model"/>'s pages, with a warning for each title a card font cannot draw.</summary>
    /// <param name="images">The build's processed images: a briefing with a hero shows it on its card (its widest variant
    /// in the fallback format, oriented and in sRGB like every variant).</param>
    /// <param name="cacheFolder">The build cache, where the plan is kept for the next build (<see cref="CardPlanCache"/>); null: none.</param>
    /// <param name="fingerprint">The build's fingerprint (<see cref="BuildFingerprint.Of"/>), which decides the plan; zero: no plan cache.</param>
    public static CardOutputs Plan(SocialCards? cards, SiteModel model, SiteUrls urls, string siteRoot, List<Diagnostic> diagnostics,
        MediaResult? images = null, string? cacheFolder = null, UInt128 fingerprint = default)
    {
        var contents = new Dictionary<string, CardContent>(StringComparer.Ordinal);
        var byPage = new Dictionary<string, SocialCardView>(StringComparer.Ordinal);
        if (cards is null)
        {
            return new CardOutputs(null, [], _ => throw new KeyNotFoundException(), byPage);
        }

        SocialCardView View(string route, CardContent content) => new(urls.Absolute(route), content.Alt, cards.Layout.Width, cards.Layout.Height);
        var key = fingerprint == UInt128.Zero || cacheFolder is null ? UInt128.Zero : PlanKey(fingerprint, siteRoot);
        if (key != UInt128.Zero && CardPlanCache.Load(cacheFolder, key) is { } saved)
        {
            // Nothing is decoded here: a card's texts when it is drawn, a page's card view when the page is rendered.
            var first = new Dictionary<string, int>(saved.Cards.Count, StringComparer.Ordinal);
            for (var i = 0; i < saved.Cards.Count; i++)
            {
                first.TryAdd(saved.Cards[i], i);
            }

            return new CardOutputs(cards, first.Keys, route => saved.Content(first[route]), new SavedCardViews(saved, View));
        }

        var jobs = WithHeroes(CardPlanner.Plan(model), model, images);
        var warnings = cards.CheckGlyphs(jobs, siteRoot);
        diagnostics.AddRange(warnings);
        var order = new List<(string Route, CardContent Content)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var pages = new List<(string Page, int Card)>(jobs.Count);
        foreach (var job in jobs)
        {
            var route = cards.RouteOf(job.Content);
            if (contents.TryAdd(route, job.Content))
            {
                index[route] = order.Count;
                order.Add((route, job.Content));
            }

            byPage[job.PageRoute] = View(route, job.Content);
            pages.Add((job.PageRoute, index[route]));
        }

        if (key != UInt128.Zero && warnings.Count == 0)
        {
            CardPlanCache.Save(cacheFolder!, key, order, pages);
        }

        return new CardOutputs(cards, contents.Keys, route => contents[route], byPage);
    }

    /// <summary>The plan cache's key: the build's fingerprint and the site's folder (a hero's card names its file in the image cache).</summary>
    private static UInt128 PlanKey(UInt128 fingerprint, string siteRoot)
    {
        var hash = new System.IO.Hashing.XxHash128();
        Span<byte> buffer = stackalloc byte[16];
        BuildFingerprint.Write(hash, fingerprint, buffer);
        BuildFingerprint.AppendText(hash, Path.GetFullPath(siteRoot));
        return hash.GetCurrentHashAsUInt128();
    }

    private static IReadOnlyList<CardJob> WithHeroes(IReadOnlyList<CardJob> jobs, SiteModel model, MediaResult? images)
    {
        if (images is null || images.Sets.Count == 0)
        {
            return jobs;
        }

        var heroes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in model.Articles)
        {
            if (article.Image is { } image && images.Sets.TryGetValue(image.Source, out var set) && images.FileOf(set.Largest.FallbackRoute) is { } file)
            {
                heroes[article.Url] = file;
            }
        }

        return [.. jobs.Select(j => heroes.TryGetValue(j.PageRoute, out var hero) ? j with { Content = j.Content with { ImagePath = hero } } : j)];
    }

    /// <summary>
    /// Stages every card: kept when the output has it or copied from the cache, now; the others are drawn (and cached) on
    /// <paramref name="threads"/> threads of their own, beside what the build does next, until <see cref="Finish"/>
    /// (<see cref="Widen"/> adds threads). Disposing the outputs stops a drawing that <see cref="Finish"/> did not end.
    /// </summary>
    /// <param name="worker">A card worker started with the theme (<see cref="CardWorkerProcess"/>): when given, it draws the
    /// cards instead, and <see cref="Finish"/> draws here whichever it did not confirm.</param>
    public void Start(OutputFolder staging, string? cacheFolder, int threads, CardWorkerProcess? worker = null)
    {
        if (_cards is null)
        {
            return;
        }

        var cache = new CardCache(cacheFolder is null ? null : Path.Combine(cacheFolder, "cards"));
        _cache = cache;
        var draw = new List<(string Route, CardContent Content)>();
        foreach (var route in Routes)
        {
            if (staging.Incremental && staging.IsPublished(route))
            {
                staging.Keep(route);
            }
            else if (cache.PathOf(route) is { } cached)
            {
                staging.CopyIn(route, cached);
            }
            else
            {
                draw.Add((route, _content(route)));
            }
        }

        if (worker is not null && draw.Count > 0)
        {
            // Every card's name is this build's from now on, whoever writes it.
            List<(string Route, string Staged, CardContent Content)> jobs = [.. draw.Select(d => (d.Route, staging.Claim(d.Route), d.Content))];
            _staging = staging;
            _claimed = draw;
            _workerStarted = System.Diagnostics.Stopwatch.GetTimestamp();
            worker.Send(jobs); // a worker gone by then confirms none of them: Finish draws them here
            _worker = worker;
            return;
        }

        _drawing = _cards.Draw(draw, (route, bytes) =>
        {
            staging.Write(route, bytes);
            cache.Write(route, bytes, staging.StagedFileOf(route));
        }, threads);
    }

    /// <summary>Draws claimed cards here (<see cref="OutputFolder.Claim"/>), over whatever a worker left of them.</summary>
    private CardDrawing DrawClaimed(IReadOnlyList<(string Route, CardContent Content)> cards, int threads) =>
        _cards!.Draw(cards, (route, bytes) =>
        {
            _staging!.WriteClaimed(route, bytes);
            _cache!.Write(route, bytes, _staging.StagedFileOf(route));
        }, threads);

    /// <summary>Whether cards are still being drawn (by the worker or here): <see cref="Finish"/> would wait for them.</summary>
    public bool StillDrawing => (_worker is { } worker && !worker.Completed) || _drawing?.Running == true;

    /// <summary>Draws on as many threads as the machine has cores from now on (the build's other work is done, or nearly).</summary>
    public void Widen()
    {
        _drawing?.Widen(Environment.ProcessorCount);
        _worker?.Widen();
    }

    /// <summary>Waits for the last card drawn, throws what drawing threw, and removes from the cache the cards no page shows.</summary>
    public void Finish()
    {
        if (_worker is { } worker)
        {
            var confirmed = new HashSet<int>(worker.Finish());
            foreach (var (card, stamp) in worker.Stamps)
            {
                if (card < _claimed!.Count)
                {
                    _staging!.Stamp(_claimed[card].Route, stamp);
                }
            }

            WorkerPeak = worker.PeakWorkingSet;
            Drawing = System.Diagnostics.Stopwatch.GetElapsedTime(_workerStarted);
            Rendered = _claimed!.Count;
            WorkerDrew = confirmed.Count;
            if (confirmed.Count < _claimed.Count)
            {
                // The worker stopped early (crashed, was killed, or a card failed): the rest are drawn here, where a
                // failure is met again and reported as it would have been without a worker.
                _drawing = DrawClaimed([.. _claimed.Where((_, i) => !confirmed.Contains(i))], Environment.ProcessorCount);
            }
        }

        if (_cache is null || (_drawing is null && _worker is null))
        {
            return;
        }

        _drawing?.Finish();
        if (_worker is null && _drawing is not null)
        {
            Drawing = _drawing.Elapsed;
            Rendered = _drawing.Count;
        }

        _cache.Prune(_routes);
    }

    /// <summary>Cards the worker drew (<see cref="Start"/>'s worker), or 0.</summary>
    public int WorkerDrew { get; private set; }

    /// <summary>The worker's peak working set, or 0.</summary>
    public long WorkerPeak { get; private set; }

    public void Dispose()
    {
        _worker?.Dispose(); // before the staging folder goes: no card is written after this
        _drawing?.Dispose();
    }
}

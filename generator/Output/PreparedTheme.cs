using System.Diagnostics;
using Briefing.Media.Cards;
using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>
/// What a build needs of the theme and nothing of the content: the parsed templates, the social cards' layout and
/// fonts, then the static files (the stylesheet minified) and the theme's hash. <see cref="Start"/> works it out on a
/// thread of its own while the content loads (a build's first ~60 ms on an empty site, which otherwise waited for it
/// after loading: docs/performance.md, fourteenth session); <see cref="Inline"/> works it out when the build asks.
/// The order of the work, and of its diagnostics, is the same either way: the static files and the hash are read only
/// after the theme folder passed its checks (no link out of the site), as before.
/// </summary>
public sealed class PreparedTheme : IDisposable
{
    private readonly Task<Loaded> _loaded;
    private readonly Lazy<(ThemeAssets Assets, UInt128 Hash)> _files;
    private readonly bool _background;
    private bool _taken;

    private PreparedTheme(string sourceRoot, string theme, bool background, bool drawsCards, CardWorkerStart? worker = null)
    {
        var themeRoot = Path.Combine(sourceRoot, "themes", theme);
        _background = background;
        _files = new(() => (ThemeAssets.Load(themeRoot), BuildFingerprint.Theme(themeRoot)), LazyThreadSafetyMode.ExecutionAndPublication);
        _loaded = background
            ? Task.Factory.StartNew(() => Load(sourceRoot, theme, _files, drawsCards, worker), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : Task.FromResult(Load(sourceRoot, theme, files: null, drawsCards: false));
    }

    /// <summary>The templates (null when the theme is broken: see <see cref="TemplateDiagnostics"/>).</summary>
    internal sealed record Loaded(ThemeTemplates? Templates, SocialCards? Cards, IReadOnlyList<Diagnostic> TemplateDiagnostics,
        IReadOnlyList<Diagnostic> LayoutDiagnostics, TimeSpan Took, CardWorkerProcess? CardWorker = null);

    /// <summary>A card worker to start with the theme when <paramref name="Briefings"/> (asked on the theme's thread) gives the
    /// site's size rather than null, for the card cache in <paramref name="CacheFolder"/> (null: none).</summary>
    public sealed record CardWorkerStart(Func<int?> Briefings, string? CacheFolder);

    /// <summary>Starts loading the theme of <paramref name="sourceRoot"/> on a thread of its own.</summary>
    /// <param name="drawsCards">The build will likely draw social cards: their Deflate code and a first painter are made
    /// on that thread too (<see cref="SocialCards.Prepare"/>), while the pages render.</param>
    /// <param name="worker">Given when the build will draw many cards: a card worker is started as soon as the theme's
    /// cards are loaded, instead of the preparation above (<see cref="CardWorkerProcess"/>).</param>
    public static PreparedTheme Start(string sourceRoot, string theme, bool drawsCards, CardWorkerStart? worker = null) =>
        new(Path.GetFullPath(sourceRoot), theme, background: true, drawsCards, worker);

    /// <summary>Loads the theme now (its static files and hash when first asked).</summary>
    public static PreparedTheme Inline(string sourceRoot, string theme) => new(Path.GetFullPath(sourceRoot), theme, background: false, drawsCards: false);

    /// <summary>Whether the work ran beside the content's loading (its time is then printed apart).</summary>
    internal bool InBackground => _background;

    /// <summary>
    /// The templates, the cards and their diagnostics, once: the caller owns (and disposes) the templates and cards from
    /// here on. Waits for the thread; an exception it threw is thrown here, as it would have been by the build itself.
    /// </summary>
    internal Loaded Take()
    {
        _taken = true;
        return _loaded.GetAwaiter().GetResult();
    }

    /// <summary>The theme's static files (<c>assets/</c>, <c>static/</c>); only after <see cref="Take"/> found a sound theme.</summary>
    internal ThemeAssets Assets => _files.Value.Assets;

    /// <summary>The generator and every file of the theme, hashed (<see cref="BuildFingerprint.Theme"/>).</summary>
    internal UInt128 Hash => _files.Value.Hash;

    private static Loaded Load(string sourceRoot, string theme, Lazy<(ThemeAssets, UInt128)>? files, bool drawsCards, CardWorkerStart? worker = null)
    {
        var started = Stopwatch.GetTimestamp();
        var themeRoot = Path.Combine(sourceRoot, "themes", theme);
        var templateDiagnostics = new List<Diagnostic>();
        var templates = SiteBuilder.LoadTheme(sourceRoot, theme, templateDiagnostics);
        var layoutDiagnostics = new List<Diagnostic>();
        if (templates is not null && templates.HasLayout("digest"))
        {
            foreach (var name in OutputPlan.DigestLayouts.Where(n => !templates.HasLayout(n) && !File.Exists(Path.Combine(themeRoot, "layouts", n + ".html"))))
            {
                layoutDiagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingTheme, SourceSpan.File($"themes/{theme}/layouts/{name}.html"),
                    $"the theme has a 'digest.html' layout but no '{name}.html', which the weekly digest needs"));
            }
        }

        var cards = templates is null ? null : SocialCards.Load(themeRoot, $"themes/{theme}", layoutDiagnostics);
        var sound = templates is not null && !templateDiagnostics.Concat(layoutDiagnostics).Any(d => d.IsError);
        if (files is not null && sound)
        {
            try
            {
                _ = files.Value; // an exception stays in the Lazy: the build meets it where it asks for the files
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
            }
        }

        var took = Stopwatch.GetElapsedTime(started);
        CardWorkerProcess? cardWorker = null;
        if (drawsCards && cards is not null && sound)
        {
            cardWorker = worker?.Briefings() is { } briefings
                ? CardWorkerProcess.Start(themeRoot, $"themes/{theme}", worker.CacheFolder is { } cache ? Path.Combine(cache, "cards") : null, briefings)
                : null;
            if (cardWorker is null)
            {
                cards.PrepareInBackground(); // after what the build waits for: it renders its pages meanwhile
            }
        }

        return new Loaded(templates, cards, templateDiagnostics, layoutDiagnostics, took, cardWorker);
    }

    /// <summary>Disposes what nobody took (a build that stopped before its templates stage); waits for the thread first.</summary>
    public void Dispose()
    {
        if (_taken)
        {
            return;
        }

        _taken = true;
        try
        {
            var loaded = _loaded.GetAwaiter().GetResult();
            loaded.CardWorker?.Dispose();
            loaded.Templates?.Dispose();
            loaded.Cards?.Dispose();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // the build that started it failed before taking it, and reports its own error
        }
    }
}

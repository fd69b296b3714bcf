using System.Security.Cryptography;

namespace Briefing.Cli;

/// <summary>
/// A background thread that makes, while the build loads the site, what the build will wait for later: each is a
/// once-per-process initialisation that changes no output, only when its cost is paid (measured in docs/performance.md,
/// "Start-up"). In the order the build needs them:
/// <list type="number">
/// <item>NUglify's CSS minifier (its tables and patterns), for the theme's stylesheet;</item>
/// <item>OpenSSL (loaded and configured, ~5 ms), for the SHA-256 of the theme's fingerprinted assets;</item>
/// <item>the Scriban built-in namespaces that the theme's templates name (<see cref="Rendering.ThemeBuiltins.Prepare"/>:
/// <c>string</c> alone is ~10 ms of reflection), which the first page needs;</item>
/// <item>when the build will draw social cards, Skia and the cards' font manager (<see cref="Media.Cards.CardFontManager"/>:
/// loading libSkiaSharp and finding the manager's factory in it, a few ms; before the thirteenth session this was Skia's
/// scan of every system font, ~60 ms, on a thread of its own). A build whose cards are all cached draws none.</item>
/// </list>
/// The build's own calls wait for a warm-up in progress (static constructors, lazy values).
/// </summary>
internal static class BuildWarmup
{
    /// <summary>Starts the thread; the font manager only when the theme has a card layout and no card is cached (a first or <c>--no-cache</c> build).</summary>
    /// <remarks>
    /// One thread: in Native AOT, <see cref="Thread.Start()"/> yields until the new thread runs, and on a busy machine that
    /// wait was the build's, on its way to loading the site.
    /// </remarks>
    public static void Start(BuildRequest request)
    {
        var drawsCards = DrawsCards(request);
        new Thread(() =>
        {
            _ = Output.StylesheetMinifier.Minify("a{color:#ff0000}"u8.ToArray());
            _ = SHA256.HashData(ReadOnlySpan<byte>.Empty);
            Rendering.ThemeBuiltins.Prepare(Path.Combine(request.SourceRoot, "themes", request.Theme));
            if (drawsCards)
            {
                _ = Media.Cards.CardFontManager.Instance;
            }
        }) { IsBackground = true, Name = "warm-up" }.Start();
    }

    /// <summary>
    /// Whether the site has enough briefings for its cards to be drawn by a worker process (<see cref="Media.Cards.CardWorker"/>):
    /// <see cref="CardWorkerBriefings"/> or more Markdown files under <c>content/briefings/</c> (a listing without <c>stat</c>,
    /// on the theme's thread: ~10 ms at 10,000 briefings).
    /// At 1,000 briefings the worker's start and its own fonts cost ~0.1 s more CPU and saved no time (docs/performance.md,
    /// eighteenth session).
    /// <see cref="CardWorkerVariable"/> <c>=0</c> never starts one, <c>=1</c> always does (tests).
    /// </summary>
    /// <returns>The number of briefings (Markdown files under <c>content/briefings/</c>) when a worker should draw the cards, else null.</returns>
    public static int? CardWorkerFor(BuildRequest request)
    {
        var setting = request.CardWorker;
        if (setting == "0")
        {
            return null;
        }

        var count = CountBriefings(request.SourceRoot); // 0 without the folder
        return count >= CardWorkerBriefings || setting == "1" ? count : null;
    }

    /// <summary>
    /// The Markdown files under <c>content/briefings/</c>, at any depth, listed without a <c>stat</c>; the count stops at
    /// <paramref name="stopAt"/> (a caller that only needs to know whether there are that many). A missing folder: 0.
    /// </summary>
    public static int CountBriefings(string sourceRoot, int stopAt = int.MaxValue)
    {
        var folder = Path.Combine(sourceRoot, "content", "briefings");
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var count = 0;
        var files = new System.IO.Enumeration.FileSystemEnumerable<bool>(folder, (ref System.IO.Enumeration.FileSystemEntry _) => true,
            new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => !e.IsDirectory && e.FileName.EndsWith(".md", StringComparison.Ordinal),
        };
        using var listing = files.GetEnumerator();
        while (count < stopAt && listing.MoveNext())
        {
            count++;
        }

        return count;
    }

    /// <summary>The environment variable that turns the card worker off (<c>0</c>) or on whatever the site's size (<c>1</c>).</summary>
    public const string CardWorkerVariable = "BRIEFING_CARD_WORKER";

    /// <summary>See <see cref="CardWorkerFor"/>.</summary>
    internal const int CardWorkerBriefings = 2000;

    /// <summary>Whether the build will likely draw social cards: the theme has a card layout and no card is cached (a first or <c>--no-cache</c> build).</summary>
    public static bool DrawsCards(BuildRequest request) =>
        !(request.CacheFolder is { } cache && Directory.Exists(Path.Combine(cache, "cards")))
        && File.Exists(Path.Combine(request.SourceRoot, "themes", request.Theme, Media.Cards.CardLayoutReader.FileName));
}

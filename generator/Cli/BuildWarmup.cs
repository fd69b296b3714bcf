using System.Security.Cryptography;

namespace Briefing.Cli;

/// <summary>
/// Background threads that make, while the build loads the site, what the build will wait for later: each is a
/// once-per-process initialisation that changes no output, only when its cost is paid (measured in docs/performance.md,
/// "Start-up"). In the order the build needs them:
/// <list type="number">
/// <item>NUglify's CSS minifier (its tables and patterns), for the theme's stylesheet;</item>
/// <item>OpenSSL (loaded and configured, ~5 ms), for the SHA-256 of the theme's fingerprinted assets;</item>
/// <item>Scriban's built-in functions (~25 ms: every function is made by reflection), which the first page needs
/// (<see cref="Rendering.ThemeTemplates"/> makes them on its first render, not when it loads);</item>
/// <item>when the build will draw social cards, on a second thread from the start (the longest, needed last), Skia's font
/// manager: Skia's first typeface in a process opens every font
/// under <c>/usr/share/fonts</c> (~60 ms of CPU here, 310 files), though the card fonts are files of the theme. A build
/// whose cards are all cached draws none and makes no typeface (<see cref="Media.Cards.CardFonts"/>): no scan for it.</item>
/// </list>
/// The build's own calls wait for a warm-up in progress (static constructors, Skia's once-only initialisation).
/// </summary>
internal static class BuildWarmup
{
    /// <summary>Starts the threads; the font scan only when the theme has a card layout and no card is cached (a first or <c>--no-cache</c> build).</summary>
    /// <remarks>
    /// The build's thread starts one thread, which starts the other: in Native AOT, <see cref="Thread.Start()"/> yields until
    /// the new thread runs, and on a busy machine that wait (twice) was the build's, on its way to loading the site.
    /// </remarks>
    public static void Start(BuildRequest request)
    {
        var layout = Path.Combine(request.SourceRoot, "themes", request.Theme, Media.Cards.CardLayoutReader.FileName);
        var drawsCards = !(request.CacheFolder is { } cache && Directory.Exists(Path.Combine(cache, "cards"))) && File.Exists(layout);
        Run("warm-up", () =>
        {
            // The font scan on a thread of its own: it is the longest, and the build needs it last.
            if (drawsCards)
            {
                Run("warm-up: fonts", () => _ = Media.Cards.CardFontManager.Instance);
            }

            _ = Output.StylesheetMinifier.Minify("a{color:#ff0000}"u8.ToArray());
            _ = SHA256.HashData(ReadOnlySpan<byte>.Empty);
            _ = Scriban.TemplateContext.GetDefaultBuiltinObject();
        });
    }

    private static void Run(string name, Action work) => new Thread(() => work()) { IsBackground = true, Name = name }.Start();
}

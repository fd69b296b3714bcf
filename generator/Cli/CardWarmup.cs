namespace Briefing.Cli;

/// <summary>
/// Has Skia scan the system fonts on a background thread while a build loads the site and renders its pages, when the
/// build will draw social cards. Skia's first typeface in a process makes its font manager, which opens every font
/// under <c>/usr/share/fonts</c> (~60 ms of CPU on this machine, 310 files); the card fonts themselves are files of the
/// theme, and the scan changes nothing they draw, only when it is paid. A build with cached cards draws none (and
/// <see cref="Briefing.Media.Cards.CardFonts"/> then makes no typeface): no scan is started for it.
/// </summary>
internal static class CardWarmup
{
    /// <summary>Starts the scan when the theme has a card layout and no card is cached (a first or <c>--no-cache</c> build).</summary>
    public static void StartIfCold(BuildRequest request)
    {
        var layout = Path.Combine(request.SourceRoot, "themes", request.Theme, Media.Cards.CardLayoutReader.FileName);
        var cached = request.CacheFolder is { } cache && Directory.Exists(Path.Combine(cache, "cards"));
        if (cached || !File.Exists(layout))
        {
            return;
        }

        var thread = new Thread(() => _ = SkiaSharp.SKFontManager.Default) { IsBackground = true, Name = "card fonts" };
        thread.Start();
    }
}

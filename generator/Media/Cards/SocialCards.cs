using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using Briefing.Model;

namespace Briefing.Media.Cards;

/// <summary>
/// A theme's social cards for one build: the layout and its fonts, each card's file name (a hash of what it shows, the
/// layout and the fonts: <c>/cards/&lt;hash&gt;.png</c>), the warnings for characters no font has, and the drawing
/// itself, in parallel with one <see cref="CardPainter"/> per thread.
/// </summary>
public sealed class SocialCards : IDisposable
{
    /// <summary>Bump when the drawing code changes what a card looks like: it is part of every card's name.</summary>
    private const int PainterVersion = 3;

    /// <summary>
    /// What the card whose Deflate code every indexed card of a build is written with shows (<see cref="Code"/>): text
    /// in every box, in the theme's layout and fonts. A fixed card, not the first one drawn, so that a card's bytes do
    /// not depend on which cards a build draws or in which order.
    /// </summary>
    private static readonly CardContent Reference = new("Briefing", "Aarav Fischer takes over search at Sableix Robotics after twelve years",
        "26 June 2025", "Sableix Robotics, Meridian Compute, Lyraix Intelligence", "Talent Briefing");

    private SocialCards(CardLayout layout, string cardsRoot)
    {
        Layout = layout;
        Fonts = CardFonts.Load(layout, cardsRoot);
        Code = new(() =>
        {
            using var painter = new CardPainter(Layout, Fonts, Glyphs, code: null);
            return painter.Count(Reference).CodeForAll();
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The Deflate code of this build's indexed cards: shaped by the reference card's symbols and with a code for every
    /// symbol, so that each card is written in one pass, without counting its own (docs/performance.md).
    /// </summary>
    private Lazy<DeflateCode> Code { get; }

    /// <summary>The glyphs drawn so far, shared by this build's painters.</summary>
    private GlyphMasks Glyphs { get; } = new();

    public CardLayout Layout { get; }

    public CardFonts Fonts { get; }

    /// <summary>The theme's cards, or null when it has no card layout or the layout is wrong (errors in <paramref name="diagnostics"/>).</summary>
    public static SocialCards? Load(string themeRoot, string display, ICollection<Diagnostic> diagnostics) =>
        CardLayoutReader.Read(themeRoot, display, diagnostics) is { } layout ? new SocialCards(layout, Path.Combine(themeRoot, "cards")) : null;

    /// <summary>The route of the card that shows <paramref name="content"/>.</summary>
    public string RouteOf(CardContent content)
    {
        var hash = new XxHash128();
        Span<byte> buffer = stackalloc byte[16];
        BitConverter.TryWriteBytes(buffer, Layout.Hash);
        hash.Append(buffer);
        BitConverter.TryWriteBytes(buffer, PainterVersion);
        hash.Append(buffer[..4]);
        // The image by its name in the image cache (.briefing/cache/images/<hash of its bytes and settings>/<width>.<ext>),
        // not its absolute path (another checkout, another name) and not its bytes (read on every build).
        var image = content.ImagePath is null ? "\0" : $"{Path.GetFileName(Path.GetDirectoryName(content.ImagePath))}/{Path.GetFileName(content.ImagePath)}";
        foreach (var text in new[] { content.Label, content.Title, content.Date, content.Companies, content.Site, image })
        {
            hash.Append(Encoding.UTF8.GetBytes(text));
            hash.Append([0]);
        }

        return $"/cards/{hash.GetCurrentHashAsUInt128().ToString("x32", System.Globalization.CultureInfo.InvariantCulture)[..20]}.png";
    }

    /// <summary>
    /// A warning (BRF072) for each card title (a briefing's title, an entity's name) with characters that no font of its box has, at the line of the file that
    /// holds the text (<paramref name="siteRoot"/> is read for the line only when there is something to report).
    /// </summary>
    public IReadOnlyList<Diagnostic> CheckGlyphs(IEnumerable<CardJob> jobs, string siteRoot)
    {
        var warnings = new ConcurrentBag<(int Order, Diagnostic Warning)>();
        Parallel.ForEach(jobs.Select((job, i) => (job, i)), item =>
        {
            var (job, order) = item;
            var missing = Fonts.Missing(job.Content.Title, Layout.Texts["title"].Font);
            if (missing.Count > 0)
            {
                var names = string.Join(", ", missing.Select(c => $"'{c}' (U+{char.ConvertToUtf32(c, 0):X4})"));
                warnings.Add((order, Diagnostic.Warning(DiagnosticCodes.CardMissingGlyph, SourceLine.Find(siteRoot, job.SourcePath, job.SourceKey),
                    $"no font of the social card has {names}: the card of {job.PageRoute} draws {(missing.Count == 1 ? "it" : "them")} as a box; "
                    + "write the text without it, or add a font that has it to the theme's cards/card.yml")));
            }
        });

        return warnings.OrderBy(w => w.Order).Select(w => w.Warning).ToArray();
    }

    /// <summary>Draws each card in parallel and hands its PNG bytes to <paramref name="write"/> (called from many threads).</summary>
    /// <remarks>Painters are pooled: Parallel.ForEach starts a new worker (and asks for a new painter) every few
    /// hundred milliseconds, and each painter holds three card-sized buffers.</remarks>
    public void Render(IReadOnlyList<(string Route, CardContent Content)> cards, Action<string, byte[]> write)
    {
        var idle = new ConcurrentBag<CardPainter>();
        try
        {
            Parallel.ForEach(cards, Workers.Options(), () => idle.TryTake(out var painter) ? painter : new CardPainter(Layout, Fonts, Glyphs, Code), (card, _, painter) =>
            {
                write(card.Route, painter.Paint(card.Content));
                return painter;
            }, idle.Add);
        }
        finally
        {
            foreach (var painter in idle)
            {
                painter.Dispose();
            }
        }
    }

    /// <summary>A painter for one thread (tests and benchmarks).</summary>
    public CardPainter Painter() => new(Layout, Fonts, Glyphs, Code);

    public void Dispose() => Fonts.Dispose();
}

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

    // Painters not drawing: each holds three card-sized buffers (see Render).
    private readonly ConcurrentBag<CardPainter> _idle = [];

    // PrepareInBackground's work, if started: Dispose waits for it.
    private Task? _preparing;

    private SocialCards(CardLayout layout, string cardsRoot)
    {
        Layout = layout;
        Fonts = CardFonts.Load(layout, cardsRoot);
        // The painter that counts the reference card then paints cards like any other (a painter's history never changes
        // its bytes: SocialCardsPrepareTests), so a build with one card makes one painter, not two.
        Code = new(() =>
        {
            var painter = Painter();
            try
            {
                return painter.Count(Reference).CodeForAll();
            }
            finally
            {
                _idle.Add(painter);
            }
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

    /// <summary>
    /// Makes the build's Deflate code and a painter now, before the cards stage: a build that draws cards then starts
    /// drawing at once. Nothing is drawn that the cards stage would not draw first anyway.
    /// </summary>
    public void Prepare() => _ = Code.Value;

    /// <summary>
    /// <see cref="Prepare"/> on a thread of the pool, while the pages render. A failure stays in the code's
    /// <see cref="Lazy{T}"/> and is met by the cards stage, as without it; <see cref="Dispose"/> waits for it.
    /// </summary>
    public void PrepareInBackground() => _preparing ??= Task.Run(() =>
    {
        try
        {
            Prepare();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
        }
    });

    /// <summary>Draws each card in parallel and hands its PNG bytes to <paramref name="write"/> (called from many threads).</summary>
    public void Render(IReadOnlyList<(string Route, CardContent Content)> cards, Action<string, byte[]> write)
    {
        using var drawing = Draw(cards, (route, bytes) => write(route, bytes.ToArray()), Environment.ProcessorCount);
        drawing.Finish();
    }

    /// <summary>
    /// Starts drawing <paramref name="cards"/> on <paramref name="threads"/> threads of their own and returns at once: the
    /// caller widens the drawing when it has cores to spare, and finishes it (<see cref="CardDrawing"/>).
    /// </summary>
    /// <remarks>Painters are pooled (each holds three card-sized buffers): a thread takes an idle one, and when the drawing
    /// ends they are let go.</remarks>
    /// <remarks>The bytes handed to <paramref name="write"/> are valid during the call only (the painter reuses its buffer).</remarks>
    public CardDrawing Draw(IReadOnlyList<(string Route, CardContent Content)> cards, Action<string, ReadOnlySpan<byte>> write, int threads) =>
        Draw(cards, (_, route, bytes) => write(route, bytes), threads);

    /// <summary>As <see cref="Draw(IReadOnlyList{ValueTuple{string, CardContent}}, Action{string, ReadOnlySpan{byte}}, int)"/>, the card's index in <paramref name="cards"/> told to <paramref name="write"/> too.</summary>
    internal CardDrawing Draw(IReadOnlyList<(string Route, CardContent Content)> cards, Action<int, string, ReadOnlySpan<byte>> write, int threads) =>
        new(cards, write, () => _idle.TryTake(out var painter) ? painter : Painter(), _idle.Add, DisposePainters, threads);

    /// <summary>A painter for one thread (tests and benchmarks).</summary>
    public CardPainter Painter() => new(Layout, Fonts, Glyphs, Code);

    public void Dispose()
    {
        _preparing?.Wait(); // its painter draws with the fonts disposed below
        DisposePainters();
        Fonts.Dispose();
    }

    private void DisposePainters()
    {
        while (_idle.TryTake(out var painter))
        {
            painter.Dispose();
        }
    }
}

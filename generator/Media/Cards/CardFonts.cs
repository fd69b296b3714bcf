using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Briefing.Media.Cards;

/// <summary>
/// The fonts of a card layout's chains, loaded once per build and shared by every painter. For each character, the
/// first font of the chain that has it draws it.
/// </summary>
/// <remarks>
/// Which font has a character is answered by HarfBuzz from each font's <c>cmap</c> (mapped, parsed on demand).
/// Skia's typefaces, which only drawing needs, are made on the first use of <see cref="Chains"/> or <see cref="All"/>,
/// by <see cref="CardFontManager"/> (a font manager that scans no system font on Linux x64; elsewhere Skia's default one,
/// whose making scans every font under <c>/usr/share/fonts</c>): a build that draws no card (a no-op rebuild,
/// <c>check</c>) does not load Skia at all.
/// </remarks>
public sealed class CardFonts : IDisposable
{
    private readonly string _cardsRoot;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _chainFiles;
    private readonly Dictionary<string, FontCoverage> _coverage;

    // One coverage per chain, its fonts in order (a file in two chains is one coverage, shared).
    private readonly Dictionary<string, FontCoverage[]> _lookups;
    private readonly Lazy<(Dictionary<string, SKTypeface> Files, IReadOnlyDictionary<string, SKTypeface[]> Chains)> _typefaces;

    private CardFonts(string cardsRoot, IReadOnlyDictionary<string, IReadOnlyList<string>> chainFiles, Dictionary<string, FontCoverage> coverage)
    {
        _cardsRoot = cardsRoot;
        _chainFiles = chainFiles;
        _coverage = coverage;
        _lookups = chainFiles.ToDictionary(c => c.Key, c => c.Value.Select(file => coverage[file]).ToArray(), StringComparer.Ordinal);
        _typefaces = new(LoadTypefaces, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Each chain's typefaces, in order (made on first use, see the remarks).</summary>
    public IReadOnlyDictionary<string, SKTypeface[]> Chains => _typefaces.Value.Chains;

    /// <summary>The coverage of each font of <paramref name="chain"/>, in its order (tests).</summary>
    internal FontCoverage[] CoverageOf(string chain) => _lookups[chain];

    /// <summary>Every typeface, once each (made on first use).</summary>
    public IEnumerable<SKTypeface> All => _typefaces.Value.Files.Values;

    /// <param name="cardsRoot">The theme's <c>cards/</c> folder, which the layout's font paths are relative to.</param>
    public static CardFonts Load(CardLayout layout, string cardsRoot)
    {
        var coverage = new Dictionary<string, FontCoverage>(StringComparer.Ordinal);
        foreach (var file in layout.Fonts.Values.SelectMany(f => f))
        {
            if (!coverage.ContainsKey(file))
            {
                coverage[file] = FontCoverage.Open(Path.Combine(cardsRoot, file));
            }
        }

        return new CardFonts(cardsRoot, layout.Fonts, coverage);
    }

    /// <summary>The characters of <paramref name="text"/> (spaces and controls aside) that no font of <paramref name="chain"/> has, once each, in order.</summary>
    public IReadOnlyList<string> Missing(string text, string chain)
    {
        var fonts = _lookups[chain];
        List<string>? missing = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark
                || FirstHaving(fonts, rune.Value) >= 0)
            {
                continue;
            }

            var character = rune.ToString();
            if (missing?.Contains(character, StringComparer.Ordinal) != true)
            {
                (missing ??= []).Add(character);
            }
        }

        return missing ?? (IReadOnlyList<string>)[];
    }

    /// <summary>The runs of <paramref name="text"/> that one font draws: its index in the chain, and the run (the first font for a character none has).</summary>
    /// <remarks>A run is a slice of the text from one grapheme to another: nothing is allocated per character (a substring
    /// and a closure each were ~4% of a 1,000-briefing build's allocations).</remarks>
    public IEnumerable<(int Font, string Text)> Runs(string text, string chain)
    {
        var fonts = _lookups[chain];
        var start = 0;
        var current = -1;
        for (var at = 0; at < text.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(text.AsSpan(at));
            // A space goes to the first font that has one (the CJK font's is wider than the Latin one's).
            Rune.DecodeFromUtf16(text.AsSpan(at), out var rune, out _); // a lone surrogate reads as U+FFFD
            var font = Math.Max(0, FirstHaving(fonts, rune.Value));
            if (font != current && at > start)
            {
                yield return (current, text[start..at]);
                start = at;
            }

            current = font;
            at += length;
        }

        if (text.Length > start)
        {
            yield return (current, text[start..]);
        }
    }

    /// <summary>The index of the first font of the chain that has <paramref name="codepoint"/>, or -1 (a loop, not a lambda: called for every character of every card title).</summary>
    private static int FirstHaving(FontCoverage[] fonts, int codepoint)
    {
        for (var i = 0; i < fonts.Length; i++)
        {
            if (fonts[i].Has(codepoint))
            {
                return i;
            }
        }

        return -1;
    }

    public void Dispose()
    {
        if (_typefaces.IsValueCreated)
        {
            foreach (var typeface in _typefaces.Value.Files.Values)
            {
                typeface.Dispose();
            }
        }

        foreach (var coverage in _coverage.Values)
        {
            coverage.Dispose();
        }
    }

    private (Dictionary<string, SKTypeface>, IReadOnlyDictionary<string, SKTypeface[]>) LoadTypefaces()
    {
        var files = new Dictionary<string, SKTypeface>(StringComparer.Ordinal);
        var chains = new Dictionary<string, SKTypeface[]>(StringComparer.Ordinal);
        foreach (var (name, chain) in _chainFiles)
        {
            chains[name] = chain.Select(file => files.TryGetValue(file, out var loaded) ? loaded
                : files[file] = CardFontManager.Instance.CreateTypeface(Path.Combine(_cardsRoot, file))
                    ?? throw new IOException($"the card font {file} could not be read")).ToArray();
        }

        return (files, chains);
    }
}

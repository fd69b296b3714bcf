using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Briefing.Media.Cards;

/// <summary>
/// The typefaces of a card layout's font chains, loaded once per build and shared by every painter (a typeface is
/// immutable). For each character, the first font of the chain that has it draws it.
/// </summary>
public sealed class CardFonts : IDisposable
{
    private readonly Dictionary<string, SKTypeface> _files;

    // One font per typeface for glyph look-ups only (a const call in Skia: safe from many threads).
    private readonly Dictionary<string, SKFont[]> _lookups;

    private CardFonts(Dictionary<string, SKTypeface> files, IReadOnlyDictionary<string, SKTypeface[]> chains)
    {
        _files = files;
        Chains = chains;
        _lookups = chains.ToDictionary(c => c.Key, c => c.Value.Select(t => new SKFont(t)).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Each chain's typefaces, in order.</summary>
    public IReadOnlyDictionary<string, SKTypeface[]> Chains { get; }

    /// <summary>Every typeface, once each.</summary>
    public IEnumerable<SKTypeface> All => _files.Values;

    /// <param name="cardsRoot">The theme's <c>cards/</c> folder, which the layout's font paths are relative to.</param>
    public static CardFonts Load(CardLayout layout, string cardsRoot)
    {
        var files = new Dictionary<string, SKTypeface>(StringComparer.Ordinal);
        var chains = new Dictionary<string, SKTypeface[]>(StringComparer.Ordinal);
        foreach (var (name, chain) in layout.Fonts)
        {
            chains[name] = chain.Select(file => files.TryGetValue(file, out var loaded) ? loaded
                : files[file] = SKTypeface.FromFile(Path.Combine(cardsRoot, file))
                    ?? throw new IOException($"the card font {file} could not be read")).ToArray();
        }

        return new CardFonts(files, chains);
    }

    /// <summary>The characters of <paramref name="text"/> (spaces and controls aside) that no font of <paramref name="chain"/> has, once each, in order.</summary>
    public IReadOnlyList<string> Missing(string text, string chain)
    {
        var fonts = _lookups[chain];
        List<string>? missing = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark
                || Array.Exists(fonts, f => f.ContainsGlyph(rune.Value)))
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
    public IEnumerable<(int Font, string Text)> Runs(string text, string chain)
    {
        var fonts = _lookups[chain];
        var run = new StringBuilder();
        var current = -1;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var rune = Rune.GetRuneAt(element, 0);
            // A space goes to the first font that has one (the CJK font's is wider than the Latin one's).
            var font = Math.Max(0, Array.FindIndex(fonts, f => f.ContainsGlyph(rune.Value)));
            if (font != current && run.Length > 0)
            {
                yield return (current, run.ToString());
                run.Clear();
            }

            current = font;
            run.Append(element);
        }

        if (run.Length > 0)
        {
            yield return (current, run.ToString());
        }
    }

    public void Dispose()
    {
        foreach (var font in _lookups.Values.SelectMany(f => f))
        {
            font.Dispose();
        }

        foreach (var typeface in _files.Values)
        {
            typeface.Dispose();
        }
    }
}

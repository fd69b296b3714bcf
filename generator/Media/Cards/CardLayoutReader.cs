using System.Globalization;
using System.IO.Hashing;
using Briefing.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefing.Media.Cards;

/// <summary>
/// Reads a theme's <c>cards/card.yml</c> into a <see cref="CardLayout"/>, or diagnostics at the line and column of
/// each wrong key or value (BRF070) and of each font that is missing or not a font (BRF071). A theme without the file
/// draws no cards: its pages keep the shared <c>assets/social-card.png</c>.
/// </summary>
public static partial class CardLayoutReader
{
    public const string FileName = "cards/card.yml";

    private static readonly string[] TopKeys = ["width", "height", "background", "fonts", "rects", "image", "label", "title", "date", "companies", "site"];
    private static readonly string[] BoxKeys = ["x", "y", "width", "height", "color"];
    private static readonly string[] TextKeys = ["x", "y", "width", "width_beside_image", "height", "size", "min_size", "max_lines", "line_height", "font", "color", "align"];

    /// <summary>The theme's card layout; null when it has none, or with errors added to <paramref name="diagnostics"/>.</summary>
    /// <param name="themeRoot">The theme folder (already checked for links leading out of the site).</param>
    /// <param name="display">The theme folder as diagnostics name it (<c>themes/briefing</c>).</param>
    public static CardLayout? Read(string themeRoot, string display, ICollection<Diagnostic> diagnostics)
    {
        var file = Path.Combine(themeRoot, "cards", "card.yml");
        if (!File.Exists(file))
        {
            return null;
        }

        var reader = new Reader($"{display}/{FileName}", diagnostics);
        var text = File.ReadAllText(file);
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                reader.Error(Mark.Empty, "the card layout is one YAML mapping (width:, height:, title: …); see the project's themes/briefing/cards/card.yml");
                return null;
            }

            root = mapping;
        }
        catch (YamlException ex)
        {
            reader.Error(ex.Start, $"the card layout is not valid YAML: {ex.Message}; fix the line");
            return null;
        }

        var before = diagnostics.Count;
        var top = reader.Mapping(root, TopKeys);
        var width = reader.Int(top, root, "width", 1, 4096);
        var height = reader.Int(top, root, "height", 1, 4096);
        var background = reader.Color(top, root, "background");
        var fonts = reader.Fonts(top, root, Path.Combine(themeRoot, "cards"));
        var rects = top.TryGetValue("rects", out var rectsNode) ? reader.Boxes(rectsNode) : [];
        var image = top.TryGetValue("image", out var imageNode) && imageNode is YamlMappingNode imageMap ? reader.Box(imageMap, withColor: false) : null;
        var texts = new Dictionary<string, CardTextStyle>(StringComparer.Ordinal);
        foreach (var name in new[] { "label", "title", "date", "companies", "site" })
        {
            if (!top.TryGetValue(name, out var node))
            {
                reader.Error(root.Start, $"the card layout has no '{name}:' box; add one (x, y, width, size, font, color)");
                continue;
            }

            if (reader.Text(node, fonts) is { } style)
            {
                texts[name] = style;
            }
        }

        if (diagnostics.Count > before)
        {
            return null;
        }

        var layout = new CardLayout(width, height, background, fonts, rects, image, texts, Hash(text, fonts, Path.Combine(themeRoot, "cards")));
        if (CardPalette.For(layout) is null)
        {
            reader.Error(root.Start, "the card layout has too many colours for a 256-colour card (each text colour takes 15 shades); use fewer text and rectangle colours");
            return null;
        }

        return layout;
    }

    private static UInt128 Hash(string layout, IReadOnlyDictionary<string, IReadOnlyList<string>> fonts, string cardsRoot)
    {
        var hash = new XxHash128();
        hash.Append(System.Text.Encoding.UTF8.GetBytes(layout));
        foreach (var font in fonts.Values.SelectMany(f => f).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            hash.Append(System.Text.Encoding.UTF8.GetBytes(font));
            Files.FileHash.Append(hash, Path.Combine(cardsRoot, font)); // streamed: a font read whole is a large object
        }

        return hash.GetCurrentHashAsUInt128();
    }

    private static bool TryParseColor(string text, out uint argb)
    {
        argb = 0;
        if (text.Length is not (7 or 9) || text[0] != '#'
            || !uint.TryParse(text.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        argb = text.Length == 7 ? 0xFF000000 | value : (value >> 8) | (value << 24); // #rrggbbaa → aarrggbb
        return true;
    }
}

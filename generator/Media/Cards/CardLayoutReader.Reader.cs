using System.Globalization;
using Briefing.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefing.Media.Cards;

public static partial class CardLayoutReader
{
    /// <summary>Reads values of the layout's YAML, reporting each wrong one at its position.</summary>
    private sealed class Reader(string path, ICollection<Diagnostic> diagnostics)
    {
        public void Error(Mark mark, string message) =>
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.CardLayoutInvalid, At(mark), message));

        private SourceSpan At(Mark mark) => new(path, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

        public Dictionary<string, YamlNode> Mapping(YamlMappingNode node, string[] allowed)
        {
            var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (key, value) in node.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? string.Empty;
                if (!allowed.Contains(name, StringComparer.Ordinal))
                {
                    Error(key.Start, $"unknown key '{name}' in the card layout; use one of: {string.Join(", ", allowed)}");
                }
                else if (!entries.TryAdd(name, value))
                {
                    Error(key.Start, $"the key '{name}' appears twice; keep one");
                }
            }

            return entries;
        }

        public int Int(Dictionary<string, YamlNode> map, YamlNode parent, string key, int min, int max, int? fallback = null)
        {
            if (!map.TryGetValue(key, out var node))
            {
                if (fallback is null)
                {
                    Error(parent.Start, $"missing '{key}:' (a whole number of pixels from {min} to {max})");
                }

                return fallback ?? min;
            }

            if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && value >= min && value <= max)
            {
                return value;
            }

            Error(node.Start, $"'{key}' must be a whole number from {min} to {max}, not '{(node as YamlScalarNode)?.Value}'");
            return min;
        }

        public float Number(Dictionary<string, YamlNode> map, YamlNode parent, string key, float min, float max, float? fallback = null)
        {
            if (!map.TryGetValue(key, out var node))
            {
                if (fallback is null)
                {
                    Error(parent.Start, $"missing '{key}:' (a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)})");
                }

                return fallback ?? min;
            }

            if (node is YamlScalarNode { Value: { } text } && float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && value >= min && value <= max)
            {
                return value;
            }

            Error(node.Start, $"'{key}' must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, not '{(node as YamlScalarNode)?.Value}'");
            return min;
        }

        public uint Color(Dictionary<string, YamlNode> map, YamlNode parent, string key)
        {
            if (!map.TryGetValue(key, out var node))
            {
                Error(parent.Start, $"missing '{key}:' (a colour such as \"#0f172a\")");
                return 0;
            }

            if (node is YamlScalarNode { Value: { } text } && TryParseColor(text, out var argb))
            {
                return argb;
            }

            Error(node.Start, $"'{key}' must be a colour as \"#rrggbb\" or \"#rrggbbaa\" (quoted), not '{(node as YamlScalarNode)?.Value}'");
            return 0;
        }

        public IReadOnlyDictionary<string, IReadOnlyList<string>> Fonts(Dictionary<string, YamlNode> map, YamlNode parent, string cardsRoot)
        {
            var fonts = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (!map.TryGetValue("fonts", out var node) || node is not YamlMappingNode chains)
            {
                Error(map.TryGetValue("fonts", out var wrong) ? wrong.Start : parent.Start,
                    "'fonts:' must map chain names to lists of font files under cards/ (bold: [fonts/NotoSans-Bold.ttf])");
                return fonts;
            }

            foreach (var (key, value) in chains.Children)
            {
                var files = new List<string>();
                foreach (var item in value is YamlSequenceNode list ? list.Children : [value])
                {
                    var name = (item as YamlScalarNode)?.Value ?? string.Empty;
                    if (FontProblem(cardsRoot, name) is { } problem)
                    {
                        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.CardFontMissing, At(item.Start),
                            $"the card font '{(item as YamlScalarNode)?.Value}' {problem}; name a .ttf or .otf file under the theme's cards/ folder"));
                        continue;
                    }

                    files.Add(name);
                }

                fonts[((YamlScalarNode)key).Value ?? string.Empty] = files;
            }

            return fonts;
        }

        private static string? FontProblem(string cardsRoot, string file)
        {
            if (file.Length == 0 || Path.IsPathRooted(file) || file.Split('/', '\\').Contains(".."))
            {
                return "is not a path inside the theme's cards/ folder";
            }

            var full = Path.Combine(cardsRoot, file);
            if (!File.Exists(full))
            {
                return "does not exist";
            }

            // HarfBuzz, not Skia: Skia's first typeface in a process scans every system font (CardFonts).
            if (!FontCoverage.IsFont(full, out var whole))
            {
                return "is not a TrueType or OpenType font";
            }

            return whole ? null : "is cut short or damaged: a table its directory lists lies past the end of the file";
        }

        public IReadOnlyList<CardBox> Boxes(YamlNode node)
        {
            if (node is not YamlSequenceNode list)
            {
                Error(node.Start, "'rects:' must be a list of {x, y, width, height, color}");
                return [];
            }

            return list.Children.Select(item => item is YamlMappingNode box ? Box(box, withColor: true) : null).OfType<CardBox>().ToArray();
        }

        public CardBox? Box(YamlMappingNode node, bool withColor)
        {
            var map = Mapping(node, withColor ? BoxKeys : BoxKeys[..^1]);
            return new CardBox(Int(map, node, "x", 0, 4096), Int(map, node, "y", 0, 4096), Int(map, node, "width", 1, 4096),
                Int(map, node, "height", 1, 4096), withColor ? Color(map, node, "color") : 0);
        }

        public CardTextStyle? Text(YamlNode node, IReadOnlyDictionary<string, IReadOnlyList<string>> fonts)
        {
            if (node is not YamlMappingNode mapping)
            {
                Error(node.Start, "a text box is a mapping of x, y, width, size, font, color (and optionally height, min_size, max_lines, line_height, align)");
                return null;
            }

            var map = Mapping(mapping, TextKeys);
            var size = Number(map, node, "size", 4, 400);
            var font = map.TryGetValue("font", out var fontNode) ? (fontNode as YamlScalarNode)?.Value ?? string.Empty : string.Empty;
            if (fonts.Count > 0 && !fonts.ContainsKey(font))
            {
                Error(fontNode?.Start ?? node.Start, $"'font' must name a chain of 'fonts:' ({string.Join(", ", fonts.Keys)}), not '{font}'");
            }

            var align = map.TryGetValue("align", out var alignNode) ? (alignNode as YamlScalarNode)?.Value ?? string.Empty : "left";
            if (align is not ("left" or "right"))
            {
                Error(alignNode!.Start, $"'align' must be left or right, not '{align}'");
            }

            var lineHeight = Number(map, node, "line_height", 0.5f, 4, 1.2f);
            return new CardTextStyle(Int(map, node, "x", 0, 4096), Int(map, node, "y", 0, 4096), Int(map, node, "width", 1, 4096),
                map.ContainsKey("width_beside_image") ? Int(map, node, "width_beside_image", 1, 4096) : null,
                Int(map, node, "height", 1, 4096, (int)Math.Ceiling(size * lineHeight)), size, Number(map, node, "min_size", 4, 400, size),
                Int(map, node, "max_lines", 1, 20, 1), lineHeight, font, Color(map, node, "color"), align);
        }
    }
}

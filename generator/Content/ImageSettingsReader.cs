using System.Globalization;
using Briefing.Model;

namespace Briefing.Content;

/// <summary>site.yml <c>images: {widths: [480, 800, 1200, 1600], quality: 80, sizes: "…"}</c>; each key optional.</summary>
internal static class ImageSettingsReader
{
    private static readonly string[] Keys = ["widths", "quality", "sizes"];

    public static ImageSettings Read(MappingReader site)
    {
        var defaults = ImageSettings.Default;
        if (site.Mapping("images", Keys) is not { } r)
        {
            return defaults;
        }

        var widths = new SortedSet<int>();
        foreach (var item in r.StringList("widths"))
        {
            if (int.TryParse(item.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width is >= 16 and <= 8192)
            {
                widths.Add(width);
            }
            else
            {
                r.Diagnostics.Error(DiagnosticCodes.SiteConfig, item.Span, $"image width '{item.Value}' is not a whole number of pixels from 16 to 8192");
            }
        }

        var quality = r.PositiveInt("quality");
        if (quality is { Value: > 100 } q)
        {
            r.Diagnostics.Error(DiagnosticCodes.SiteConfig, q.Span, $"image quality {q.Value} is above 100 (80 is a good default)");
            quality = null;
        }

        return new ImageSettings(widths.Count > 0 ? [.. widths] : defaults.Widths, quality?.Value ?? defaults.Quality,
            r.String("sizes")?.Value ?? defaults.Sizes);
    }
}

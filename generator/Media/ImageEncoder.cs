using Briefing.Model;
using NetVips;

namespace Briefing.Media;

/// <summary>
/// Makes the variants of one image with libvips (NetVips; chosen by measurement, docs/performance.md): for each width
/// narrower than the original, a shrink-on-load thumbnail (EXIF orientation applied, embedded colour profile converted
/// to sRGB), saved as WebP and in the fallback format with no metadata at all (<c>keep: none</c> drops EXIF, GPS, XMP,
/// IPTC and the ICC profile: the pixels are sRGB). The same file and settings give the same bytes.
/// </summary>
internal static class ImageEncoder
{
    /// <summary>Changes when what this class writes changes: part of every cache key.</summary>
    public static string Version { get; }

    static ImageEncoder()
    {
        VipsStartup.Ensure(); // libvips is started here, not at process start
        Version = $"media-1|libvips-{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}";
    }

    /// <summary>The original's size as shown (orientation applied), read from its header; null when libvips cannot read it.</summary>
    public static (int Width, int Height)? Measure(string file)
    {
        try
        {
            using var image = Image.NewFromFile(file, access: Enums.Access.Sequential);
            var turned = image.GetTypeOf("orientation") != IntPtr.Zero && image.Get("orientation") is int o && o >= 5;
            return turned ? (image.Height, image.Width) : (image.Width, image.Height);
        }
        catch (VipsException)
        {
            return null;
        }
    }

    /// <summary>The widths to make: those of <paramref name="settings"/> below the original's, or the original's alone.</summary>
    public static int[] Widths(int originalWidth, ImageSettings settings)
    {
        var widths = settings.Widths.Where(w => w < originalWidth).ToList();
        if (widths.Count < settings.Widths.Count)
        {
            widths.Add(originalWidth); // never upscaled: the original's own width is the widest variant
        }

        return [.. widths];
    }

    /// <summary>Writes <c>{width}.webp</c> and <c>{width}.{fallback}</c> into <paramref name="folder"/>, then the manifest.</summary>
    /// <exception cref="VipsException">The file could not be decoded.</exception>
    public static ImageManifest Encode(string file, ImageSettings settings, string folder, string fallbackExtension)
    {
        var size = Measure(file) ?? throw new VipsException($"cannot read {file}");
        var variants = new List<(int, int)>();
        foreach (var width in Widths(size.Width, settings))
        {
            using var thumbnail = Image.Thumbnail(file, width, height: 100_000, size: Enums.Size.Down);
            using var srgb = thumbnail.Interpretation is Enums.Interpretation.Srgb or Enums.Interpretation.Bw
                ? thumbnail.Copy()
                : thumbnail.Colourspace(Enums.Interpretation.Srgb);
            using var pixels = srgb.CopyMemory(); // decoded once, saved twice
            File.WriteAllBytes(Path.Combine(folder, $"{width}.webp"), pixels.WebpsaveBuffer(q: settings.Quality, keep: Enums.ForeignKeep.None));
            var fallback = fallbackExtension == "png"
                ? pixels.PngsaveBuffer(keep: Enums.ForeignKeep.None)
                : pixels.JpegsaveBuffer(q: settings.Quality, keep: Enums.ForeignKeep.None, optimizeCoding: true);
            File.WriteAllBytes(Path.Combine(folder, $"{width}.{fallbackExtension}"), fallback);
            variants.Add((pixels.Width, pixels.Height));
        }

        var manifest = new ImageManifest(size.Width, size.Height, variants);
        manifest.Write(folder);
        return manifest;
    }
}

using NetVips;

namespace Briefing.Tests.Support;

/// <summary>Small images made in memory for tests (libvips, as the generator uses), and a reader for what a build wrote.</summary>
public static class TestImages
{
    /// <summary>A JPEG of a smooth gradient.</summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var image = Gradient(width, height);
        return image.JpegsaveBuffer(q: 80, keep: Enums.ForeignKeep.None);
    }

    /// <summary>A PNG of a smooth gradient.</summary>
    public static byte[] Png(int width, int height)
    {
        using var image = Gradient(width, height);
        return image.PngsaveBuffer(keep: Enums.ForeignKeep.None);
    }

    /// <summary>The width and height of an image file, decoded.</summary>
    public static (int Width, int Height) SizeOf(string file)
    {
        using var image = Image.NewFromFile(file);
        return (image.Width, image.Height);
    }

    /// <summary>The metadata fields libvips finds in the file that can carry EXIF, GPS, XMP, IPTC or a colour profile.</summary>
    public static string[] MetadataOf(string file)
    {
        using var image = Image.NewFromFile(file);
        return image.GetFields()
            .Where(f => f.StartsWith("exif", StringComparison.Ordinal) || f.StartsWith("xmp", StringComparison.Ordinal)
                        || f.StartsWith("iptc", StringComparison.Ordinal) || f == "icc-profile-data" || f == "orientation")
            .ToArray();
    }

    private static Image Gradient(int width, int height)
    {
        using var xyz = Image.Xyz(width, height);
        using var x = xyz[0];
        using var y = xyz[1];
        using var red = x * (255.0 / width);
        using var green = y * (255.0 / height);
        using var blue = (x + y) * (127.0 / (width + height));
        using var joined = red.Bandjoin(green, blue);
        return joined.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }
}

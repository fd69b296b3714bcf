using NetVips;

/// <summary>
/// The fixture site's small images (tests/Briefing.Tests/Sites/fixture): smooth gradients, a few KB each. The hero is
/// stored sideways with EXIF orientation 6 and carries GPS tags, to prove variants are turned upright and stripped.
/// </summary>
internal static class FixtureImages
{
    public static void Write(string content)
    {
        Save(Gradient(900, 600, 40, 90, 160), Path.Combine(content, "briefings/2025/openai-opens-zurich-lab/hero.jpg"), Exif());
        Save(Gradient(700, 400, 200, 120, 40), Path.Combine(content, "briefings/2025/openai-opens-zurich-lab/chart.png"), null);
        Save(Gradient(800, 500, 60, 140, 90), Path.Combine(content, "media/zurich-office.jpg"), null);
        Save(Gradient(256, 256, 20, 20, 20), Path.Combine(content, "media/logos/openai.png"), null);
        Save(Gradient(300, 300, 150, 100, 80), Path.Combine(content, "media/people/vasi-philomin.jpg"), null);
    }

    private static Image Gradient(int width, int height, int r, int g, int b)
    {
        using var xyz = Image.Xyz(width, height);
        using var x = xyz[0];
        using var y = xyz[1];
        using var red = x * (255.0 / width) * 0.5 + r * 0.5;
        using var green = y * (255.0 / height) * 0.5 + g * 0.5;
        using var blue = (x + y) * (255.0 / (width + height)) * 0.5 + b * 0.5;
        using var joined = red.Bandjoin(green, blue);
        return joined.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    private static void Save(Image image, string path, byte[]? exif)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (image)
        using (var tagged = image.Mutate(m =>
        {
            if (exif is not null)
            {
                m.Set(GValue.BlobType, "exif-data", exif);
                m.Set(GValue.GIntType, "orientation", 6);
            }
        }))
        {
            var bytes = path.EndsWith(".png", StringComparison.Ordinal)
                ? tagged.PngsaveBuffer(keep: Enums.ForeignKeep.None, palette: true, compression: 9, dither: 0)
                : tagged.JpegsaveBuffer(q: 75, keep: exif is null ? Enums.ForeignKeep.None : Enums.ForeignKeep.All);
            File.WriteAllBytes(path, bytes);
        }
    }

    /// <summary>A little-endian EXIF block: Orientation 6 and a GPS IFD with latitude N 51° 30′ 0″.</summary>
    private static byte[] Exif()
    {
        var w = new BinaryWriter(new MemoryStream());
        w.Write("Exif\0\0"u8);
        w.Write("II*\0"u8);
        w.Write(8u);
        w.Write((ushort)2);
        Entry(w, 0x0112, 3, 1, 6);
        Entry(w, 0x8825, 4, 1, 38);
        w.Write(0u);
        w.Write((ushort)2);
        Entry(w, 0x0001, 2, 2, 'N');
        Entry(w, 0x0002, 5, 3, 68);
        w.Write(0u);
        foreach (var value in new uint[] { 51, 1, 30, 1, 0, 1 })
        {
            w.Write(value);
        }

        return ((MemoryStream)w.BaseStream).ToArray();
    }

    private static void Entry(BinaryWriter w, ushort tag, ushort type, uint count, uint value)
    {
        w.Write(tag);
        w.Write(type);
        w.Write(count);
        w.Write(value);
    }
}

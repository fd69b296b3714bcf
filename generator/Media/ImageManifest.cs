using System.Globalization;

namespace Briefing.Media;

/// <summary>
/// What one processed image holds in its cache folder: the original's size (after orientation) and each variant's
/// size. Written last, so a folder without it is an unfinished encode and is done again.
/// </summary>
internal sealed record ImageManifest(int Width, int Height, IReadOnlyList<(int Width, int Height)> Variants)
{
    public const string FileName = "manifest";

    public void Write(string folder) =>
        Caching.BuildStamp.WriteAtomically(Path.Combine(folder, FileName), stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{Width} {Height}\n"));
            foreach (var (w, h) in Variants)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{w} {h}\n"));
            }
        });

    /// <summary>The manifest of <paramref name="folder"/>, or null when there is none (or it is damaged).</summary>
    public static ImageManifest? Read(string folder)
    {
        try
        {
            var lines = File.ReadAllLines(Path.Combine(folder, FileName));
            var sizes = lines.Select(Parse).ToArray();
            return sizes.Length >= 2 ? new ImageManifest(sizes[0].Width, sizes[0].Height, sizes[1..]) : null;
        }
        catch (Exception ex) when (ex is IOException or FormatException or IndexOutOfRangeException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static (int Width, int Height) Parse(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return (int.Parse(line.AsSpan(0, space), CultureInfo.InvariantCulture), int.Parse(line.AsSpan(space + 1), CultureInfo.InvariantCulture));
    }
}

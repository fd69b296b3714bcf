using System.Globalization;
using Briefing.Caching;

namespace Briefing.Media;

/// <summary>
/// The image cache's index, <c>images/index</c>: each source's size and last-write time with the key of its variants,
/// so that an unchanged image is not even read again (the key is its bytes' hash). The first line is the settings the
/// keys were made with (another line: the index is ignored); then a line per source, tab-separated.
/// </summary>
internal sealed class MediaIndex
{
    private readonly Dictionary<string, (FileStamp Stamp, string Key)> _entries;

    private MediaIndex(Dictionary<string, (FileStamp, string)> entries) => _entries = entries;

    public static MediaIndex Read(string file, string settings)
    {
        var entries = new Dictionary<string, (FileStamp, string)>(StringComparer.Ordinal);
        try
        {
            using var lines = File.ReadLines(file).GetEnumerator();
            if (!lines.MoveNext() || lines.Current != settings)
            {
                return new MediaIndex(entries);
            }

            while (lines.MoveNext())
            {
                var line = lines.Current;
                var parts = line.Split('\t');
                if (parts.Length == 4)
                {
                    entries[parts[0]] = (new FileStamp(long.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture)), parts[3]);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
        {
            entries.Clear(); // no index, or a damaged one: every image is hashed again, nothing is encoded twice
        }

        return new MediaIndex(entries);
    }

    public string? Key(string source, FileStamp stamp) =>
        _entries.TryGetValue(source, out var entry) && entry.Stamp == stamp ? entry.Key : null;

    public static void Write(string file, string settings, IEnumerable<(string Source, FileStamp Stamp, string Key)> entries) =>
        BuildStamp.WriteAtomically(file, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.Write(settings + "\n");
            foreach (var (source, stamp, key) in entries.OrderBy(e => e.Source, StringComparer.Ordinal))
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{source}\t{stamp.Length}\t{stamp.Mtime}\t{key}\n"));
            }
        });
}

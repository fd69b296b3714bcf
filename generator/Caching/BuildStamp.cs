using System.Text;

namespace Briefing.Caching;

/// <summary>
/// Identifies the generator binary in the build cache: anything cached by another build of the generator (or of
/// the libraries it renders with) is ignored, since its parsing or rendering may differ.
/// </summary>
public static class BuildStamp
{
    /// <summary>The generator's module version id plus the Markdig, Scriban and YamlDotNet assembly versions.</summary>
    public static string Value { get; } = Compute();

    private static string Compute()
    {
        var text = new StringBuilder(typeof(BuildStamp).Module.ModuleVersionId.ToString("N"));
        foreach (var (name, assembly) in new[]
                 {
                     ("Markdig", typeof(Markdig.Markdown).Assembly), ("Scriban", typeof(Scriban.Template).Assembly),
                     ("YamlDotNet", typeof(YamlDotNet.Core.Scanner).Assembly),
                 })
        {
            text.Append('|').Append(name).Append('=').Append(assembly.GetName().Version?.ToString() ?? "?");
        }

        return text.ToString();
    }

    /// <summary>The cache folder of a site: <c>.briefing/cache/</c> beside <c>content/</c> (gitignored).</summary>
    public static string CacheFolder(string siteRoot) => Path.Combine(siteRoot, ".briefing", "cache");

    /// <summary>Writes a cache file whole or not at all: a temporary file beside it, then a rename.</summary>
    public static void WriteAtomically(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// Reads a cache file whole into memory (one read: tens of megabytes decode far faster from memory than through
    /// a stream) and checks its header; null when it is missing, from another generator, or unreadable. The
    /// reader's stream is a <see cref="MemoryStream"/> whose buffer is visible (for decoding blocks in parallel).
    /// </summary>
    public static BinaryReader? OpenCache(string path, string magic)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true), Encoding.UTF8);
        try
        {
            if (reader.ReadString() == magic && reader.ReadString() == Value)
            {
                return reader;
            }
        }
        catch (Exception ex) when (IsCorrupt(ex))
        {
        }

        reader.Dispose();
        return null;
    }

    /// <summary>The exceptions a truncated, corrupt or unreadable cache file throws: the cache is then ignored.</summary>
    public static bool IsCorrupt(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or FormatException or InvalidDataException or ArgumentException or OverflowException
            or KeyNotFoundException
        || (ex is AggregateException aggregate && aggregate.InnerExceptions.All(IsCorrupt));

    /// <summary>Writes a 128-bit hash (two 64-bit halves, high first).</summary>
    public static void WriteHash(BinaryWriter writer, UInt128 hash)
    {
        writer.Write((ulong)(hash >> 64));
        writer.Write((ulong)hash);
    }

    public static UInt128 ReadHash(BinaryReader reader) => new(reader.ReadUInt64(), reader.ReadUInt64());

    /// <summary>
    /// A count saved in a cache file, refused as corrupt when it is negative or more than the rest of the file could hold
    /// (every item takes at least one byte): a damaged count never sizes a huge array.
    /// </summary>
    public static int ReadCount(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var stream = reader.BaseStream;
        return count >= 0 && (!stream.CanSeek || count <= stream.Length - stream.Position)
            ? count
            : throw new InvalidDataException($"a count ({count}) past the end of the cache file");
    }

    /// <summary>Starts a cache file: the header that <see cref="OpenCache"/> checks.</summary>
    public static BinaryWriter CreateCache(Stream stream, string magic)
    {
        var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(magic);
        writer.Write(Value);
        return writer;
    }
}

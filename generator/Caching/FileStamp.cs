namespace Briefing.Caching;

/// <summary>
/// A file's size and last-write time (UTC ticks), as the build cache remembers it: a source briefing whose stamp is
/// unchanged is not read again, a published page whose stamp is unchanged is still as it was written. Nanosecond
/// mtimes on ext4; editors' saves and git checkouts change them.
/// </summary>
public readonly record struct FileStamp(long Length, long Mtime)
{
    /// <summary>The stamp of <paramref name="file"/> now; <c>default</c> when it does not exist.</summary>
    public static FileStamp Of(string file)
    {
        var info = new FileInfo(file);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : default;
    }

    /// <summary>Whether <paramref name="file"/> exists and still has this stamp.</summary>
    public bool Matches(string file) => this != default && Of(file) == this;

    public void Write(BinaryWriter writer)
    {
        writer.Write(Length);
        writer.Write(Mtime);
    }

    public static FileStamp Read(BinaryReader reader) => new(reader.ReadInt64(), reader.ReadInt64());
}

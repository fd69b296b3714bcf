using System.IO.Enumeration;
using System.IO.Hashing;
using System.Text;
using Briefing.Model;

namespace Briefing.Caching;

/// <summary>
/// What the last successful build left, so that a build over unchanged files answers at once instead of loading
/// 10,000 briefings to find nothing to write. Its <see cref="Key"/> hashes the build's settings, the generator, and
/// the size and modification time of every file and folder under <c>content/</c>, <c>themes/</c> and the output
/// (a folder's time changes when an entry is added, removed or renamed in it). The build also depends on the clock
/// (scheduled briefings, the digest's running week): the snapshot holds until the next such change
/// (<see cref="ValidUntil"/>). The diagnostics are kept, so the answer prints the same warnings. Any symbolic link in
/// those trees turns the snapshot off (its target's changes would not show).
/// </summary>
public sealed record SiteSnapshot(UInt128 Key, DateTimeOffset ValidUntil, int Pages, int Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    private const string Magic = "briefing-site-snapshot-1";

    private static readonly Dictionary<string, DiagnosticCode> Codes = DiagnosticCodes.All.ToDictionary(c => c.Id, StringComparer.Ordinal);

    /// <summary>The key of the site at <paramref name="siteRoot"/> built into <paramref name="output"/> with <paramref name="settings"/>; null when it has a symbolic link.</summary>
    public static UInt128? KeyOf(string siteRoot, string output, string settings)
    {
        var hash = new XxHash128();
        Append(hash, BuildStamp.Value);
        Append(hash, settings);
        Span<byte> numbers = stackalloc byte[16];
        foreach (var root in new[] { Path.Combine(siteRoot, "content"), Path.Combine(siteRoot, "themes"), output })
        {
            Append(hash, root);
            if (!Directory.Exists(root))
            {
                continue;
            }

            var entries = new FileSystemEnumerable<(string Path, long Length, long Mtime, bool Link)>(root,
                (ref FileSystemEntry e) => (e.ToFullPath(), e.IsDirectory ? -1 : e.Length, e.LastWriteTimeUtc.UtcTicks,
                    (e.Attributes & FileAttributes.ReparsePoint) != 0),
                new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false }).ToList();
            if (entries.Exists(e => e.Link))
            {
                return null;
            }

            entries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            foreach (var (path, length, mtime, _) in entries)
            {
                Append(hash, path);
                BitConverter.TryWriteBytes(numbers, length);
                BitConverter.TryWriteBytes(numbers[8..], mtime);
                hash.Append(numbers);
            }

            BitConverter.TryWriteBytes(numbers, Directory.GetLastWriteTimeUtc(root).Ticks);
            hash.Append(numbers[..8]);
        }

        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>The snapshot the last build saved in <paramref name="cacheFolder"/>, or null.</summary>
    public static SiteSnapshot? Load(string cacheFolder)
    {
        using var reader = BuildStamp.OpenCache(PathIn(cacheFolder), Magic);
        if (reader is null)
        {
            return null;
        }

        try
        {
            var key = ((UInt128)reader.ReadUInt64() << 64) | reader.ReadUInt64();
            var validUntil = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            var (pages, files) = (reader.ReadInt32(), reader.ReadInt32());
            var diagnostics = new Diagnostic[reader.ReadInt32()];
            for (var i = 0; i < diagnostics.Length; i++)
            {
                var severity = (Severity)reader.ReadInt32();
                var code = Codes[reader.ReadString()];
                var message = reader.ReadString();
                diagnostics[i] = new Diagnostic(severity, code, message, new SourceSpan(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32()));
            }

            return new SiteSnapshot(key, validUntil, pages, files, diagnostics);
        }
        catch (Exception ex) when (BuildStamp.IsCorrupt(ex) || ex is EndOfStreamException)
        {
            return null;
        }
    }

    /// <summary>Saves this snapshot, replacing the last one.</summary>
    public void Save(string cacheFolder) => BuildStamp.WriteAtomically(PathIn(cacheFolder), stream =>
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(BuildStamp.Value);
        BuildStamp.WriteHash(writer, Key);
        writer.Write(ValidUntil.UtcTicks);
        writer.Write(Pages);
        writer.Write(Files);
        writer.Write(Diagnostics.Count);
        foreach (var d in Diagnostics)
        {
            writer.Write((int)d.Severity);
            writer.Write(d.Code.Id);
            writer.Write(d.Message);
            writer.Write(d.Span.Path);
            writer.Write(d.Span.Line);
            writer.Write(d.Span.Column);
        }
    });

    /// <summary>Forgets the snapshot (a build is about to change the output).</summary>
    public static void Forget(string cacheFolder) => File.Delete(PathIn(cacheFolder));

    private static string PathIn(string cacheFolder) => Path.Combine(cacheFolder, "site-snapshot");

    private static void Append(XxHash128 hash, string text)
    {
        hash.Append(Encoding.UTF8.GetBytes(text));
        hash.Append([0]);
    }
}

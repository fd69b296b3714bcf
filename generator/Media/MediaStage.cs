using System.IO.Hashing;
using System.Text;
using Briefing.Caching;
using Briefing.Model;

namespace Briefing.Media;

/// <summary>
/// Processes every image of a site, in parallel, into <c>.briefing/cache/images/&lt;key&gt;/</c>: the key is the
/// hash of the file's bytes, the settings and the encoder's version, so an unchanged image is never encoded twice and
/// its variants' URLs (<c>/media/&lt;name&gt;.&lt;key&gt;.&lt;width&gt;.webp</c>) change exactly when their bytes may.
/// Cache folders no image uses any more are removed. Without a cache folder (<c>--no-cache</c>) the variants go to a
/// temporary folder that <see cref="Dispose"/> removes.
/// </summary>
public sealed class MediaStage : IDisposable
{
    private readonly string _folder;
    private readonly bool _temporary;

    public MediaStage(string? cacheFolder)
    {
        _temporary = cacheFolder is null;
        _folder = cacheFolder is null
            ? Path.Combine(Path.GetTempPath(), $"briefing-images-{Environment.ProcessId}-{Guid.NewGuid():N}")
            : Path.Combine(cacheFolder, "images");
    }

    /// <summary>Processes <paramref name="sources"/> (relative to <paramref name="siteRoot"/>, checked to exist by the content stage).</summary>
    public MediaResult Process(string siteRoot, IReadOnlyList<string> sources, ImageSettings settings)
    {
        if (sources.Count == 0 && !Directory.Exists(_folder))
        {
            return new MediaResult(new Dictionary<string, ImageSet>(StringComparer.Ordinal), [], [], 0, UInt128.Zero);
        }

        Directory.CreateDirectory(_folder);
        var indexFile = Path.Combine(_folder, "index");
        var settingsKey = $"{ImageEncoder.Version}|{string.Join(',', settings.Widths)}|q{settings.Quality}";
        var index = MediaIndex.Read(indexFile, settingsKey);
        var results = new (ImageSet? Set, FileStamp Stamp, string Key, Diagnostic? Problem, bool Encoded)[sources.Count];
        Parallel.For(0, sources.Count, i => results[i] = One(Path.Combine(siteRoot, sources[i]), sources[i], settings, settingsKey, index));

        var sets = new Dictionary<string, ImageSet>(StringComparer.Ordinal);
        var files = new List<(string, string)>();
        var diagnostics = new List<Diagnostic>();
        var hash = new XxHash128();
        for (var i = 0; i < sources.Count; i++)
        {
            var (set, _, key, problem, _) = results[i];
            if (problem is not null)
            {
                diagnostics.Add(problem);
            }

            if (set is null)
            {
                continue;
            }

            sets[sources[i]] = set;
            hash.Append(Encoding.UTF8.GetBytes(sources[i] + "\n" + key + "\n"));
            foreach (var v in set.Variants)
            {
                var extension = Path.GetExtension(v.FallbackRoute);
                files.Add((v.WebpRoute, Path.Combine(_folder, key, $"{v.Width}.webp")));
                files.Add((v.FallbackRoute, Path.Combine(_folder, key, $"{v.Width}{extension}")));
            }
        }

        MediaIndex.Write(indexFile, settingsKey, results.Select((r, i) => (sources[i], r.Stamp, r.Key)).Where(e => e.Key.Length > 0));
        RemoveUnused(results.Select(r => r.Key));
        files.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return new MediaResult(sets, files, diagnostics, results.Count(r => r.Encoded), hash.GetCurrentHashAsUInt128());
    }

    public void Dispose()
    {
        if (_temporary && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private (ImageSet?, FileStamp, string, Diagnostic?, bool) One(string file, string source, ImageSettings settings, string settingsKey, MediaIndex index)
    {
        var stamp = FileStamp.Of(file);
        var key = index.Key(source, stamp) ?? Key(file, settingsKey);
        var folder = Path.Combine(_folder, key);
        var manifest = ImageManifest.Read(folder);
        var encoded = false;
        if (manifest is null)
        {
            var scratch = $"{folder}.{Environment.ProcessId}.tmp";
            Directory.CreateDirectory(scratch);
            try
            {
                ImageEncoder.Encode(file, settings, scratch, MediaPaths.FallbackType(source) == "image/png" ? "png" : "jpg");
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true); // an unfinished encode of an earlier build
                }

                Directory.Move(scratch, folder);
                manifest = ImageManifest.Read(folder);
                encoded = true;
            }
            catch (NetVips.VipsException ex)
            {
                return (null, stamp, string.Empty, Diagnostic.Error(DiagnosticCodes.ImageFormat, SourceSpan.File(source),
                    $"the image could not be decoded ({FirstLine(ex.Message)}); save it again as JPEG, PNG or WebP"), false);
            }
            finally
            {
                if (Directory.Exists(scratch))
                {
                    Directory.Delete(scratch, recursive: true);
                }
            }
        }

        if (manifest is null)
        {
            throw new IOException($"the image cache {folder} could not be read back");
        }

        var set = Set(source, key, manifest);
        var largest = settings.Widths[^1];
        var problem = manifest.Width > largest * ImageSettings.FarLargerFactor
            ? Diagnostic.Warning(DiagnosticCodes.ImageTooLarge, SourceSpan.File(source),
                $"the image is {manifest.Width} px wide, more than {ImageSettings.FarLargerFactor} times the widest variant ({largest} px); "
                + $"a copy at most {largest * 2} px wide builds faster and looks the same")
            : null;
        return (set, stamp, key, problem, encoded);
    }

    private static ImageSet Set(string source, string key, ImageManifest manifest)
    {
        var name = Stem(source);
        var fallbackType = MediaPaths.FallbackType(source);
        var extension = fallbackType == "image/png" ? "png" : "jpg";
        var id = key[..10];
        return new ImageSet(source, fallbackType, manifest.Variants
            .Select(v => new ImageVariant(v.Width, v.Height, Routes.Media($"{name}.{id}.{v.Width}.webp"), Routes.Media($"{name}.{id}.{v.Width}.{extension}")))
            .ToArray());
    }

    /// <summary>The hash of the file's bytes with the settings, as 32 hex digits.</summary>
    private static string Key(string file, string settingsKey)
    {
        var hash = new XxHash128();
        using (var stream = File.OpenRead(file))
        {
            hash.Append(stream);
        }

        hash.Append(Encoding.UTF8.GetBytes(settingsKey));
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>The file's name as a URL-safe stem: lowercase ASCII letters, digits and hyphens.</summary>
    private static string Stem(string source)
    {
        var text = new StringBuilder();
        foreach (var c in Path.GetFileNameWithoutExtension(source).ToLowerInvariant())
        {
            text.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var stem = text.ToString().Trim('-');
        return stem.Length == 0 ? "image" : stem;
    }

    private void RemoveUnused(IEnumerable<string> keys)
    {
        var used = new HashSet<string>(keys.Where(k => k.Length > 0), StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(_folder))
        {
            if (!used.Contains(Path.GetFileName(folder)))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}

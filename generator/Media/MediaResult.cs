using Briefing.Model;

namespace Briefing.Media;

/// <summary>What the media stage made of a site's images: their variants, the files to publish, what it found wrong.</summary>
/// <param name="Sets">Each processed source (relative to the site root) and its variants.</param>
/// <param name="Files">Every variant's route and the cached file that holds its bytes, in route order.</param>
/// <param name="Encoded">How many sources were encoded by this build (the others came from the cache).</param>
/// <param name="Hash">A hash of every set's routes and sizes: pages showing images depend on it.</param>
public sealed record MediaResult(
    IReadOnlyDictionary<string, ImageSet> Sets,
    IReadOnlyList<(string Route, string File)> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    int Encoded,
    UInt128 Hash)
{
    private Dictionary<string, string>? _fileOf;

    /// <summary>The cached file that holds the variant at <paramref name="route"/>, or null (built once, on first use).</summary>
    public string? FileOf(string route) =>
        LazyInitializer.EnsureInitialized(ref _fileOf, () => Files.ToDictionary(f => f.Route, f => f.File, StringComparer.Ordinal))
            .GetValueOrDefault(route);
}

namespace Briefing.Content;

/// <summary>
/// What a load includes. Drafts (<c>draft: true</c>) and briefings dated after <paramref name="Now"/> are left out
/// unless <paramref name="IncludeDrafts"/> / <paramref name="IncludeFuture"/>; a null <paramref name="Now"/> means
/// no clock was given, so nothing counts as scheduled. <paramref name="BaseUrlOverride"/> wins over <c>site.yml</c>.
/// </summary>
public sealed record LoadOptions(
    bool IncludeDrafts = false,
    string? BaseUrlOverride = null,
    bool IncludeFuture = false,
    DateTimeOffset? Now = null)
{
    /// <summary>
    /// Where parsed briefings are cached between builds (<c>.briefing/cache/</c>), or null for no cache: an
    /// unchanged file then skips decoding, YAML and its checks.
    /// </summary>
    public string? CacheFolder { get; init; }

    /// <summary>
    /// What the check of the last build's site snapshot found just before this load (the CLI's <c>build</c>), or null:
    /// the briefings' and registries' folders are then listed from it, not again (<see cref="ContentPaths.Known"/>).
    /// </summary>
    public Caching.SnapshotCheck? Known { get; init; }

    /// <summary>
    /// Write the parse and registry caches on a thread of their own (<see cref="LoadResult.CachesSaved"/>, which the
    /// caller waits for before it ends) instead of before the load returns: the CLI's <c>build</c>, whose build goes on meanwhile.
    /// </summary>
    public bool SaveCachesBeside { get; init; }

    /// <summary>Whether a briefing with this draft flag and date belongs in the site this load builds.</summary>
    public bool Publishes(bool draft, DateTimeOffset date) =>
        (IncludeDrafts || !draft) && (IncludeFuture || Now is not { } now || date <= now);
}

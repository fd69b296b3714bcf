using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// The site model, or null when any diagnostic is an error; every diagnostic found, in file order; and how many
/// valid briefings were left out as drafts or as scheduled (dated after the load's "now").
/// </summary>
public sealed record LoadResult(SiteModel? Model, IReadOnlyList<Diagnostic> Diagnostics, int DraftsLeftOut = 0, int ScheduledLeftOut = 0)
{
    public bool Succeeded => Model is not null;

    /// <summary>How long each loading stage took (registries, parse, resolve, checks), for <c>build --timings</c>.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings { get; init; } = [];

    /// <summary>The earliest date of a briefing left out as scheduled (dated after the load's clock), or null.</summary>
    public DateTimeOffset? NextScheduled { get; init; }

    /// <summary>The parse and registry caches being written (<see cref="LoadOptions.SaveCachesBeside"/>), or null: written already.</summary>
    public Task? CachesSaved { get; init; }
}

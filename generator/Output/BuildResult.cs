using Briefing.Model;

namespace Briefing.Output;

/// <summary>The outcome of a build: all diagnostics, what was written, and how long each stage took.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int Pages,
    int Files,
    IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>Files written this build (all of them when there was no previous output).</summary>
    public int Written { get; init; }

    /// <summary>Files left alone because the output already held their exact bytes.</summary>
    public int Unchanged { get; init; }

    /// <summary>Stale files removed from the previous output.</summary>
    public int Removed { get; init; }

    /// <summary>The output's folders (full paths) publishing changed; null when the output was written whole (or not at all).</summary>
    public IReadOnlyCollection<string>? Touched { get; init; }

    /// <summary>Pages rendered this build; the others were kept as published because their inputs did not change.</summary>
    public int RenderedPages { get; init; }

    /// <summary>Feeds (RSS, Atom, JSON Feed, OPML) written this build; the others were kept.</summary>
    public int RenderedFeeds { get; init; }

    /// <summary>Briefing bodies rendered from Markdown this build.</summary>
    public int RenderedBodies { get; init; }

    /// <summary>Social cards drawn this build; the others were in the output or the card cache.</summary>
    public int RenderedCards { get; init; }

    /// <summary>The peak working set of the process that drew the cards (<see cref="Media.Cards.CardWorker"/>), in bytes; 0 without one.
    /// The build's memory is its own peak and this together (at most: the two peaks need not coincide).</summary>
    public long CardWorkerPeak { get; init; }

    /// <summary>The digest's files rendered: email layouts rendered (an email kept by its key renders none) and the digest feed written.</summary>
    public int RenderedDigest { get; init; }

    /// <summary>Images encoded by this build (the others' variants came from the image cache).</summary>
    public int EncodedImages { get; init; }

    /// <summary>Whether building the same files again prints the same (false when this build's vanished-URL warnings
    /// were recorded as seen, so the next build is silent about them).</summary>
    public bool Repeatable { get; init; } = true;

    /// <summary>
    /// The render cache still being written after a build asked to save it beside (null: written before the build
    /// returned). Wait for it before this process ends or starts another build over the same output.
    /// </summary>
    public Task? Saving { get; init; }

    /// <summary>The size and time of the files the build wrote into an output it replaced whole, as it wrote them (null: none).</summary>
    public Caching.WrittenStamps? Stamps { get; init; }

    /// <summary>Until when the same files build the same site: the clock publishes a scheduled briefing or ends the digest's week then.</summary>
    public DateTimeOffset ValidUntil { get; init; } = DateTimeOffset.MaxValue;
}

namespace Briefing.Output;

/// <summary>The record a previous build left (<see cref="PublishedUrls"/>): its hashes, and its file for the entries.</summary>
internal sealed record PublishedRecord(string File, PublishedHash Hash)
{
    /// <summary>Every URL of the record, read from its file when a build's routes differ from it.</summary>
    public IReadOnlyList<PublishedUrl> Entries() => PublishedUrls.Entries(File);
}

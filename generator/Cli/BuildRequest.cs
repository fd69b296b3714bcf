using Briefing.Content;

namespace Briefing.Cli;

/// <summary>What to build: the site root (holding content/ and themes/), the output folder, and load options.</summary>
public sealed record BuildRequest(string SourceRoot, string OutputDirectory, LoadOptions Options, string Theme = "briefing")
{
    /// <summary>Whether to index the built site with Pagefind (off unless the command line asks; <c>build</c> and <c>serve</c> do).</summary>
    public SearchSettings Search { get; init; } = SearchSettings.Off;
}

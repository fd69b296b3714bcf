using System.CommandLine;

namespace Briefing.Cli;

/// <summary>Options several commands share, worded once (each command gets its own instances).</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo> Source() => new("--source", "-s")
    {
        Description = "The folder that holds content/ and themes/ (default: the current folder).",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    public static Option<bool> Drafts(string description = "Include briefings marked 'draft: true'.") => new("--drafts") { Description = description };

    public static Option<bool> Future() => new("--future")
    {
        Description = "Include briefings dated in the future (scheduled); without it they wait for their date.",
    };

    public static Option<bool> NoSearch() => new("--no-search")
    {
        Description = "Do not index the site with Pagefind (and remove pagefind/ from the output).",
    };

    public static Option<FileInfo?> Pagefind() => new("--pagefind")
    {
        Description = "The Pagefind executable (default: $BRIEFING_PAGEFIND, node_modules/.bin/pagefind, tests/tools/node_modules/.bin/pagefind, PATH).",
    };

    public const string VerboseName = "--verbose";

    /// <summary>One instance on the root command, recursive: every command takes it.</summary>
    public static Option<bool> Verbose() => new(VerboseName)
    {
        Description = "Print the stack trace of an internal error (also: environment variable BRIEFING_VERBOSE=1).",
        Recursive = true,
    };
}

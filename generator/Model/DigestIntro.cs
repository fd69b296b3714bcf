namespace Briefing.Model;

/// <summary>
/// An editor's file for one week's digest, <c>content/digest/YYYY-Www.md</c>: an optional title in place of the
/// generated one, and an introduction (Markdown) printed above the week's briefings.
/// </summary>
/// <param name="SourcePath">Path relative to the site root, with '/'.</param>
/// <param name="Title">The edition's title, or null for the generated one ("Week 26, 2025").</param>
/// <param name="Draft">Holds the whole edition back (its page, email and feed item) until the flag is removed.</param>
/// <param name="Body">The introduction's Markdown; may be empty.</param>
public sealed record DigestIntro(string SourcePath, IsoWeek Week, string? Title, bool Draft, BodyText Body)
{
    /// <summary>Where the week is named (the file, 1:1), for diagnostics.</summary>
    public SourceSpan Span => SourceSpan.File(SourcePath);
}

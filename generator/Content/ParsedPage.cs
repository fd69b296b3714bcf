using Briefing.Model;

namespace Briefing.Content;

/// <summary>A page file after parsing: the page, and where its slug and summary were written (for diagnostics that come later).</summary>
/// <param name="SlugSpan">The <c>slug:</c> value, or the file (line 1) when the file name gives the slug.</param>
internal sealed record ParsedPage(Page Page, SourceSpan SlugSpan, SourceSpan SummarySpan);

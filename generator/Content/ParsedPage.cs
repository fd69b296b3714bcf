using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// A page file after parsing: the page, and where its summary was written (for diagnostics that come later; where its
/// slug was written is <see cref="Model.Page.SlugSpan"/>, which vanished-URL warnings need after loading too).
/// </summary>
internal sealed record ParsedPage(Page Page, SourceSpan SummarySpan);

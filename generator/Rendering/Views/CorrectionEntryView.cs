namespace Briefing.Rendering.Views;

/// <summary>One correction on <c>/corrections/</c>, with the briefing it corrects.</summary>
/// <param name="Url">The correction on its briefing page (href, with <c>#correction-…</c>).</param>
/// <param name="Article">The corrected briefing: its title and page.</param>
public sealed record CorrectionEntryView(string DateIso, string DateDisplay, SafeHtml TextHtml, string Url, LinkView Article);

namespace Briefing.Rendering.Views;

/// <summary>One correction in a briefing's Corrections box.</summary>
/// <param name="DateIso">For the <c>datetime</c> attribute of its <c>&lt;time&gt;</c>.</param>
/// <param name="TextHtml">The correction's Markdown rendered inline; <see cref="SafeHtml"/>, written as it is.</param>
/// <param name="Anchor">Its element id (<c>correction-2025-06-27-1</c>): <c>/corrections/</c> and its feed link to it.</param>
public sealed record CorrectionView(string DateIso, string DateDisplay, SafeHtml TextHtml, string Anchor);

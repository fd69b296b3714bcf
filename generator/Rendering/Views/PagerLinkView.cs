namespace Briefing.Rendering.Views;

/// <summary>One entry of a pager: a page number and its URL, or a gap when <c>Number</c> is 0.</summary>
public sealed record PagerLinkView(int Number, string? Url, bool IsCurrent);

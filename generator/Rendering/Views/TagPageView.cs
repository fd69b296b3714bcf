namespace Briefing.Rendering.Views;

/// <summary>The <c>page</c> of a tag.</summary>
public sealed record TagPageView(string Name, string Slug, string? Description, IReadOnlyList<ArticleCardView> Articles, PagerView Pager);

namespace Briefing.Rendering.Views;

/// <summary>The <c>page</c> of the home page and its later pages.</summary>
public sealed record ListPageView(IReadOnlyList<ArticleCardView> Articles, PagerView Pager);

namespace Briefing.Rendering.Views;

/// <summary>The <c>page</c> of the home page and its later pages.</summary>
/// <param name="TalentFlow">The talent-flow panel, on the first page only and when any company gained or lost people; else null.</param>
public sealed record ListPageView(IReadOnlyList<ArticleCardView> Articles, PagerView Pager, TalentFlowPanelView? TalentFlow = null);

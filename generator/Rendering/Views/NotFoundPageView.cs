namespace Briefing.Rendering.Views;

/// <summary>The <c>page</c> of 404.html: the latest briefings as a way back in.</summary>
public sealed record NotFoundPageView(IReadOnlyList<ArticleCardView> Latest);

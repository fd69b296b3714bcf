namespace Briefing.Rendering.Views;

/// <summary>The <c>page</c> of the search page (<c>/search/</c>).</summary>
/// <param name="BundleUrl">The folder of Pagefind's index and UI files (<c>/pagefind/</c> under the base path), ending in '/'.</param>
/// <param name="BaseUrl">The site's base path (<c>/</c> or <c>/news/</c>), for Pagefind's result links.</param>
public sealed record SearchPageView(string BundleUrl, string BaseUrl);

namespace Briefing.Rendering.Views;

/// <summary>What every template sees as <c>meta</c>: the document title, description, canonical URL and page kind.</summary>
/// <param name="Kind">home, article, company, person, tag, index or not-found.</param>
public sealed record MetaView(string Title, string Description, string CanonicalUrl, string Kind, bool NoIndex);

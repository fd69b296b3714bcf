namespace Briefing.Output;

/// <summary>A feed item's category: a company, person or tag of the briefing.</summary>
/// <param name="Term">The entity's slug (Atom <c>term</c>).</param>
/// <param name="Label">Its display name (RSS category text, Atom <c>label</c>, JSON Feed tag).</param>
/// <param name="Scheme">The absolute URL of its index (<c>…/companies/</c>): RSS <c>domain</c>, Atom <c>scheme</c>.</param>
internal readonly record struct FeedCategory(string Term, string Label, string Scheme);

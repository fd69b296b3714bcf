namespace Briefing.Rendering.Views;

/// <summary>One name in a byline ("By Ana Ruiz, Tom Lee and Mei Chen"), linking to the author's page.</summary>
/// <param name="Before">What precedes the name so the byline reads as English: empty for the first, ", " between, " and " before the last.</param>
/// <param name="Url">The author's page, ready for an href.</param>
public sealed record BylineAuthorView(string Before, string Name, string Url);

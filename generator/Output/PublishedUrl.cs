namespace Briefing.Output;

/// <summary>
/// A page URL a build published, with enough of what published it to recognize it after a rename: its kind
/// (<c>briefing</c>, <c>company</c>, <c>person</c>, <c>tag</c>), source file, date (briefings) and title or name.
/// </summary>
internal sealed record PublishedUrl(string Kind, string Route, string Source, string Date, string Title);

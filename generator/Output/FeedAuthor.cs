namespace Briefing.Output;

/// <summary>A feed item's author: RSS <c>dc:creator</c>, Atom <c>author</c> (name, uri), JSON Feed <c>authors</c> (name, url).</summary>
/// <param name="Url">The absolute URL of the author's page.</param>
internal readonly record struct FeedAuthor(string Name, string Url);

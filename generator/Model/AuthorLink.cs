namespace Briefing.Model;

/// <summary>One of an author's profiles elsewhere: <c>{name, url}</c> in their registry file.</summary>
public sealed record AuthorLink(string Name, Uri Url);

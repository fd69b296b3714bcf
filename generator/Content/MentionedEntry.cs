namespace Briefing.Content;

/// <summary>A company or person a name in a body may refer to.</summary>
internal readonly record struct MentionedEntry(string Slug, bool IsCompany);

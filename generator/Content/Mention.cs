namespace Briefing.Content;

/// <summary>A registered name found in a body: <see cref="Line"/> counts from 0 at the body's first line; <see cref="Column"/> from 1.</summary>
internal sealed record Mention(string Text, string Slug, bool IsCompany, int Line, int Column);

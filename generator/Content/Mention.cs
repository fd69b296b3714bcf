namespace Briefing.Content;

/// <summary>
/// A registered name found in a body, with every entry that has it as name or alias (usually one).
/// <see cref="Line"/> counts from 0 at the body's first line; <see cref="Column"/> from 1.
/// </summary>
internal sealed record Mention(string Text, IReadOnlyList<MentionedEntry> Entries, int Line, int Column);

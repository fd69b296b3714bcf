using Briefing.Model;

namespace Briefing.Content;

/// <summary>A move as read, with the positions of the slugs that still have to be resolved.</summary>
internal sealed record ParsedMove(
    Move Move,
    SourceSpan Span,
    Located<string>? Person,
    Located<string> From,
    Located<string>? To);

using Briefing.Model;

namespace Briefing.Content;

/// <summary>A value read from a file, with where it was written (for diagnostics after loading).</summary>
internal readonly record struct Located<T>(T Value, SourceSpan Span);

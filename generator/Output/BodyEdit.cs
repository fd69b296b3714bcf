using Briefing.Model;

namespace Briefing.Output;

/// <summary>A briefing's file saved again, as read alone by serve's quick path: its front matter's hash, its new body and word count.</summary>
public sealed record BodyEdit(string SourcePath, UInt128 FrontMatterHash, BodyText Body, int WordCount);

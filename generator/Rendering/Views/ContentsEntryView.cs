namespace Briefing.Rendering.Views;

/// <summary>One entry of a briefing's table of contents: a second-level heading of its body.</summary>
/// <param name="Text">The heading as plain text (its inline markup and links dropped).</param>
/// <param name="Anchor">The heading's id, for <c>href="#…"</c>: stable (from its text) and unique on the page.</param>
public sealed record ContentsEntryView(string Text, string Anchor);

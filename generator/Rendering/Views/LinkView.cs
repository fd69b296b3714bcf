namespace Briefing.Rendering.Views;

/// <summary>A named link; <c>Url</c> is ready for an href (base path included).</summary>
public sealed record LinkView(string Name, string Url);

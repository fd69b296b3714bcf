namespace Briefing.Rendering.Views;

/// <summary>A link to <c>/moves/</c> or one of its filter pages, with how many moves it lists.</summary>
public sealed record MoveFilterView(string Label, string Url, int Count, bool IsCurrent);

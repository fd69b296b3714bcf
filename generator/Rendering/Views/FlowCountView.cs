namespace Briefing.Rendering.Views;

/// <summary>A company and how many people moved to or from it; <c>Company</c> is null for "Undisclosed".</summary>
public sealed record FlowCountView(LinkView? Company, string Label, int Count);

namespace Briefing.Rendering.Views;

/// <summary>A company's people in, out and net (in − out) over a window; <c>Net</c> is signed.</summary>
public sealed record NetFlowView(LinkView Company, int In, int Out, int Net);

namespace Briefing.Rendering.Views;

/// <summary>The <c>page</c> of <c>/companies/</c>, <c>/people/</c> and <c>/tags/</c>: entries A–Z in letter groups.</summary>
public sealed record IndexPageView(string Heading, string Intro, int Total, IReadOnlyList<IndexGroupView> Groups);

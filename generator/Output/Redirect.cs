using Briefing.Model;

namespace Briefing.Output;

/// <summary>One alias to redirect: the old route, the page's route and title, and where the alias is written.</summary>
internal sealed record Redirect(string From, string To, string Title, SourceSpan Span);

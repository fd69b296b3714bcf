using Briefing.Model;

namespace Briefing.Content;

/// <summary>The site model, or null when any diagnostic is an error; every diagnostic found, in file order.</summary>
public sealed record LoadResult(SiteModel? Model, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Model is not null;
}

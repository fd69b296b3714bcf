using Briefing.Model;

namespace Briefing.Rendering;

/// <summary>A template failed while rendering; carries the diagnostic that names the template's line and column.</summary>
public sealed class TemplateRenderException(Diagnostic diagnostic, Exception inner) : Exception(diagnostic.ToString(), inner)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}

using Scriban;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// One node of a compiled template: a statement or an expression of Scriban's syntax tree, bound once per theme, that
/// evaluates to what Scriban's node evaluates to (a statement's value is what its block writes; null for most).
/// </summary>
internal abstract class CompiledNode
{
    public abstract object? Evaluate(TemplateContext context);
}

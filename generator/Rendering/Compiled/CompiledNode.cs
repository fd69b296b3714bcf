using Scriban;
using Scriban.Runtime;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// One node of a compiled template: a statement or an expression of Scriban's syntax tree, bound once per theme, that
/// evaluates to what Scriban's node evaluates to (a statement's value is what its block writes; null for most).
/// </summary>
internal abstract class CompiledNode
{
    public abstract object? Evaluate(TemplateContext context);

    /// <summary>
    /// Whether <paramref name="value"/> is a function, which Scriban would call where it reads it (a compiled read leaves
    /// that to Scriban). The common values (text, numbers, HTML) are told apart first: an interface check walks a type's
    /// interfaces, and a boxed number has dozens.
    /// </summary>
    protected static bool IsFunction(object? value) => value is not (null or string or SafeHtml or ValueType) && value is IScriptCustomFunction;
}

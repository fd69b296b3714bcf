using Scriban;
using Scriban.Syntax;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// A global variable read (<c>page</c>, <c>cards</c>) through the context, as Scriban reads it: the page's variables,
/// what any template assigned, the built-ins; an undefined one throws (strict variables). A variable that holds a function
/// Scriban would call: that is left to Scriban (the exception makes the page render again with Scriban).
/// </summary>
internal sealed class VariableNode(ScriptVariableGlobal variable) : CompiledNode
{
    public override object? Evaluate(TemplateContext context)
    {
        var value = context.GetValue(variable);
        return IsFunction(value) ? throw new NotSupportedException($"'{variable.Name}' is a function") : value;
    }
}

using Scriban;
using Scriban.Syntax;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// A global variable read (<c>page</c>, <c>cards</c>) through the context, as Scriban reads it: the page's variables,
/// what any template assigned, the built-ins; an undefined one throws (strict variables). A variable that holds a function
/// Scriban would call: that is left to Scriban (the exception makes the page render again with Scriban).
/// </summary>
/// <param name="slot">
/// The slot of a page variable (<see cref="GlobalSlots"/>) no template of the theme binds elsewhere, or -1: then its value
/// is the page's, held by the context, with no look-up through the scopes.
/// </param>
internal sealed class VariableNode(ScriptVariableGlobal variable, int slot = -1) : CompiledNode
{
    public override object? Evaluate(TemplateContext context)
    {
        var value = slot >= 0 && context is ThemeContext theme && theme.TryGetSlot(slot, out var held) ? held : context.GetValue(variable);
        return IsFunction(value) ? throw new NotSupportedException($"'{variable.Name}' is a function") : value;
    }
}

using Scriban;
using Scriban.Syntax;

namespace Briefing.Rendering.Compiled;

/// <summary><c>x = value</c> for a global variable: set in the context, where every template (compiled or not) reads it.</summary>
internal sealed class AssignNode(ScriptVariable target, CompiledNode value) : CompiledNode
{
    public override object? Evaluate(TemplateContext context)
    {
        context.SetValue(target, value.Evaluate(context));
        return null;
    }
}

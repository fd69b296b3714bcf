using Scriban;
using Scriban.Syntax;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// An expression the compiler leaves to Scriban (a function call, a pipe): evaluated by Scriban's interpreter, as the
/// interpreter evaluates a child node, in the same context, so it reads and sets the very same variables.
/// </summary>
internal sealed class InterpretedNode(ScriptNode node) : CompiledNode
{
    public override object? Evaluate(TemplateContext context) => context.Evaluate(node);
}

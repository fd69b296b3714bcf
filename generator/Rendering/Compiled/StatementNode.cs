using Scriban;
using Scriban.Syntax;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// <c>{{ expression }}</c>: its value (which the block writes). A value that is a node of Scriban's (its <c>wrap</c>) is
/// left to Scriban: the exception makes the page render again with Scriban.
/// </summary>
internal sealed class StatementNode(CompiledNode expression) : CompiledNode
{
    public override object? Evaluate(TemplateContext context)
    {
        var result = expression.Evaluate(context);
        return result is not (null or string) && result is ScriptNode ? throw new NotSupportedException("a statement evaluated to a script node") : result;
    }
}

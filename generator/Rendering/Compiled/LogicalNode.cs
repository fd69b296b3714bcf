using Scriban;
using Scriban.Parsing;

namespace Briefing.Rendering.Compiled;

/// <summary><c>a &amp;&amp; b</c> and <c>a || b</c> as Scriban evaluates them: short-circuit, a boolean result.</summary>
internal sealed class LogicalNode(bool isAnd, CompiledNode left, SourceSpan leftSpan, CompiledNode right, SourceSpan rightSpan) : CompiledNode
{
    public override object? Evaluate(TemplateContext context)
    {
        var leftValue = context.ToBool(leftSpan, left.Evaluate(context));
        if (leftValue != isAnd)
        {
            return leftValue;
        }

        return context.ToBool(rightSpan, right.Evaluate(context));
    }
}

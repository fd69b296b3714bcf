using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Briefing.Rendering.Compiled;

/// <summary>A comparison or arithmetic (<c>==</c>, <c>&lt;</c>, <c>-</c>…): both sides, then Scriban's own operator.</summary>
internal sealed class BinaryNode(ScriptBinaryOperator op, SourceSpan span, CompiledNode left, CompiledNode right) : CompiledNode
{
    public override object? Evaluate(TemplateContext context)
    {
        var leftValue = left.Evaluate(context);
        var rightValue = right.Evaluate(context);
        return ScriptBinaryExpression.Evaluate(context, span, op, leftValue, rightValue);
    }
}

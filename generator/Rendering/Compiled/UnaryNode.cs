using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Briefing.Rendering.Compiled;

/// <summary><c>!a</c>, <c>-a</c>: the operand, then Scriban's own operator.</summary>
internal sealed class UnaryNode(ScriptUnaryOperator op, SourceSpan span, CompiledNode operand) : CompiledNode
{
    public override object? Evaluate(TemplateContext context) => ScriptUnaryExpression.Evaluate(context, span, op, operand.Evaluate(context));
}

using Scriban;
using Scriban.Syntax;

namespace Briefing.Rendering.Compiled;

/// <summary>A compiled expression where Scriban expects a node of its own (a compiled loop's iterator).</summary>
internal sealed class CompiledExpression : ScriptExpression
{
    private readonly CompiledNode _node;

    public CompiledExpression(CompiledNode node, Scriban.Parsing.SourceSpan span)
    {
        _node = node;
        Span = span;
    }

    public override object? Evaluate(TemplateContext context) => _node.Evaluate(context);

    public override void PrintTo(ScriptPrinter printer) => throw new NotSupportedException("a compiled expression has no text");
}

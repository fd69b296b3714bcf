using Scriban;

namespace Briefing.Rendering.Compiled;

/// <summary>A literal (<c>'article'</c>, <c>3</c>, <c>true</c>): its value, boxed once.</summary>
internal sealed class LiteralNode(object? value) : CompiledNode
{
    public override object? Evaluate(TemplateContext context) => value;
}

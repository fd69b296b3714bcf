using Scriban;

namespace Briefing.Rendering.Compiled;

/// <summary>Runs a <see cref="CompiledFor"/> as Scriban runs a statement (through the context: its current node set).</summary>
internal sealed class LoopNode(CompiledFor loop) : CompiledNode
{
    public override object? Evaluate(TemplateContext context) => context.Evaluate(loop);
}

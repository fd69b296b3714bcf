using Scriban;

namespace Briefing.Rendering.Compiled;

/// <summary>Runs a <see cref="CompiledFor"/>; a context other than the theme's leaves the page to Scriban.</summary>
internal sealed class LoopNode(CompiledFor loop) : CompiledNode
{
    public override object? Evaluate(TemplateContext context) =>
        context is ThemeContext theme ? loop.Run(theme) : throw new NotSupportedException("a compiled loop outside a theme's context");
}

using Scriban;

namespace Briefing.Rendering.Compiled;

/// <summary><c>for.index</c>, <c>for.first</c>… inside a loop, in the same template: read from its <c>for</c> object directly.</summary>
internal sealed class ForMemberNode(int depth, string member) : CompiledNode
{
    public override object? Evaluate(TemplateContext context) =>
        context is ThemeContext theme ? CompiledFor.Read(theme.LoopState(depth), member) : throw new NotSupportedException("for outside a theme's context");
}

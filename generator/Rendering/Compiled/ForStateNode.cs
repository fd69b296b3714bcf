using Scriban;

namespace Briefing.Rendering.Compiled;

/// <summary><c>for</c> inside a loop (or its <c>else</c>), in the same template: Scriban's <c>for</c> object of the loop <paramref name="depth"/> out.</summary>
internal sealed class ForStateNode(int depth) : CompiledNode
{
    /// <summary>How many loops out from the innermost one running.</summary>
    public int Depth => depth;

    public override object? Evaluate(TemplateContext context) =>
        context is ThemeContext theme ? theme.LoopState(depth) : throw new NotSupportedException("for outside a theme's context");
}

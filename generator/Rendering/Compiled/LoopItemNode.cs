using Scriban;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// A read of a loop's variable inside that loop's body, in the same template: the item the loop holds on the context's loop
/// stack, <paramref name="depth"/> loops out from the innermost one running. What Scriban's look-up finds there too: the loop's
/// scope is the innermost that holds the name (assignments write the page's scope; a partial's loops have ended by then).
/// </summary>
internal sealed class LoopItemNode(int depth, string name) : CompiledNode
{
    public override object? Evaluate(TemplateContext context)
    {
        var value = context is ThemeContext theme ? theme.LoopItem(depth) : throw new NotSupportedException($"loop variable '{name}' outside a theme's context");
        return IsFunction(value) ? throw new NotSupportedException($"'{name}' is a function") : value;
    }
}

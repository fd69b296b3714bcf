using Scriban;
using Scriban.Parsing;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// <c>c ? a : b</c>, and <c>if</c>/<c>else if</c>/<c>else</c> (a missing branch is null): Scriban's truthiness of the
/// condition, then one branch.
/// </summary>
internal sealed class ConditionalNode(CompiledNode condition, SourceSpan conditionSpan, CompiledNode? then, CompiledNode? otherwise) : CompiledNode
{
    public override object? Evaluate(TemplateContext context) =>
        context.ToBool(conditionSpan, condition.Evaluate(context)) ? then?.Evaluate(context) : otherwise?.Evaluate(context);
}

using Scriban;
using Scriban.Syntax;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// <c>for x in items</c>: Scriban's own loop (its loop scope, <c>for.*</c> state, loop limits), with a compiled iterator
/// and a compiled body run for each item. Plain loops only: named arguments (<c>limit:</c>, <c>offset:</c>…) and a loop's
/// <c>else</c> leave the template to Scriban.
/// </summary>
internal sealed class CompiledFor : ScriptForStatement
{
    private readonly CompiledNode _body;

    public CompiledFor(ScriptForStatement original, CompiledNode iterator, CompiledNode body)
    {
        _body = body;
        Span = original.Span;
        var variable = (ScriptVariable)original.Variable!;
        Variable = ScriptVariable.Create(variable.Name, variable.Scope);
        Variable.Span = variable.Span;
        Iterator = new CompiledExpression(iterator, original.Iterator!.Span);
        SetContinue = original.SetContinue;
    }

    protected override object? LoopItem(TemplateContext context, LoopState state) => _body.Evaluate(context);
}

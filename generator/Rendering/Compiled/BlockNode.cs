using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// A block's statements, run as Scriban's block statement runs them: the indent of an escape (<c>{{</c>) kept for the
/// statements inside it, each value a statement yields written (assignments yield none). No flow changes: <c>break</c>,
/// <c>continue</c> and <c>ret</c> leave their template to Scriban, so the flow state of a compiled block stays none.
/// </summary>
internal sealed class BlockNode(BlockNode.Step[] steps, SourceSpan span) : CompiledNode
{
    public override object? Evaluate(TemplateContext context)
    {
        var autoIndent = context.AutoIndent;
        object? result = null;
        var previousIndent = context.CurrentIndent;
        var currentIndent = previousIndent;
        try
        {
            foreach (var step in steps)
            {
                if (autoIndent && step.Escape is { } escape)
                {
                    currentIndent = escape.IsEntering ? escape.Indent : escape.IsClosing ? previousIndent : currentIndent;
                }

                context.CurrentIndent = currentIndent;
                if (step.Node is null)
                {
                    continue;
                }

                result = step.Node.Evaluate(context);
                if (!step.CanOutput)
                {
                    result = null;
                }
                else if (result is not null && context.EnableOutput)
                {
                    context.Write(span, result);
                    result = null;
                }
            }
        }
        finally
        {
            context.CurrentIndent = previousIndent;
        }

        return result;
    }

    /// <summary>A statement (<see cref="Node"/>), or one Scriban skips (null), which may be an escape that moves the indent.</summary>
    internal readonly record struct Step(CompiledNode? Node, bool CanOutput, ScriptEscapeStatement? Escape);
}

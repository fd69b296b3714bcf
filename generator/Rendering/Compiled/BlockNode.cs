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
                if (autoIndent && step.Escape != EscapeKind.None)
                {
                    currentIndent = step.Escape == EscapeKind.Entering ? step.Indent : previousIndent;
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

    /// <summary>
    /// A statement (<see cref="Node"/>), or one Scriban skips (null), which may be an escape that sets the indent (entering
    /// <c>{{</c>: its <see cref="Indent"/>) or restores it (closing <c>}}</c>); read from the escape once, when compiled.
    /// </summary>
    internal readonly record struct Step(CompiledNode? Node, bool CanOutput, EscapeKind Escape, string? Indent)
    {
        public static Step Of(ScriptEscapeStatement? escape) => escape switch
        {
            { IsEntering: true } => new Step(null, false, EscapeKind.Entering, escape.Indent),
            { IsClosing: true } => new Step(null, false, EscapeKind.Closing, null),
            _ => new Step(null, false, EscapeKind.None, null),
        };
    }

    internal enum EscapeKind : byte
    {
        None,
        Entering,
        Closing,
    }
}

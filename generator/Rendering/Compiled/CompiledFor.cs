using System.Collections;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// <c>for x in items [offset: n] [limit: n] [reversed] … [else] … end</c>, run as Scriban 7.5.3's
/// <see cref="ScriptForStatement"/> runs it, step for step, without its interpreter: the loop scope entered and left through
/// the context (Scriban's own <c>EnterLoop</c>/<c>ExitLoop</c>), the items as Scriban enumerates them (<c>Cast</c>, then
/// <c>Skip</c>, <c>Reverse</c>, <c>Take</c>), Scriban's <c>for</c> object (its <see cref="ScriptLoopStatementBase.LoopState"/>)
/// and the loop variable set in the loop scope, where partials and Scriban's interpreter read them. Compiled reads inside
/// the body take the item and the <c>for</c> object from the context's loop stack instead (<see cref="ThemeContext.LoopItem"/>).
/// Two things are skipped because nothing can observe them: the loop-limit count (the theme's context has no limit; with
/// one, the page renders with Scriban), and <c>for.changed</c>'s comparison of each item with the last when no template of
/// the theme can read it (<see cref="GlobalSlots.ForChangedRead"/>).
/// </summary>
internal sealed class CompiledFor : ScriptForStatement
{
    private static readonly object True = true;
    private static readonly object False = false;

    private readonly ScriptVariable _variable;
    private readonly CompiledNode _iterator;
    private readonly Option[] _options;
    private readonly CompiledNode _body;
    private readonly CompiledNode? _else;
    private readonly bool _changedRead;
    private readonly bool _setScope;

    /// <param name="setScope">
    /// Whether to set the loop variable in Scriban's loop scope too: false when nothing in the body looks names up through
    /// Scriban (no interpreted node, call or pipe), so only compiled reads, from the context's loop stack, can see it.
    /// </param>
    public CompiledFor(ScriptForStatement original, CompiledNode iterator, Option[] options, CompiledNode body, CompiledNode? otherwise, bool changedRead,
        bool setScope = true)
    {
        _setScope = setScope;
        Span = original.Span;
        _variable = (ScriptVariable)original.Variable!;
        _iterator = iterator;
        _options = options;
        _body = body;
        _else = otherwise;
        _changedRead = changedRead;
    }

    /// <summary>One of the loop's options (<c>offset:</c>, <c>limit:</c>, <c>reversed</c>), its value compiled.</summary>
    internal readonly record struct Option(OptionKind Kind, CompiledNode? Value, SourceSpan Span);

    internal enum OptionKind : byte
    {
        Offset,
        Limit,
        Reversed,
    }

    /// <summary>The members of Scriban's <c>for</c> object outside Liquid, read directly by <see cref="ForMemberNode"/>.</summary>
    internal static bool IsStateMember(string member) => member is "index" or "length" or "first" or "even" or "odd" or "last" or "changed" or "rindex";

    /// <summary>Runs the loop as Scriban's <see cref="ScriptLoopStatementBase.Evaluate"/> does; its value is the last body's.</summary>
    public object? Run(ThemeContext context)
    {
        if (context.LoopLimit != 0 || context.LoopLimitQueryable.GetValueOrDefault() != 0)
        {
            throw new NotSupportedException("a loop limit"); // Scriban counts and checks each step: it renders the page
        }

        EnterLoop(context, this);
        try
        {
            return Iterate(context);
        }
        finally
        {
            ExitLoop(context, this);
            if (FlowState(context) != ScriptFlowState.Return)
            {
                SetFlowState(context, ScriptFlowState.None);
            }
        }
    }

    private object? Iterate(ThemeContext context)
    {
        var value = _iterator.Evaluate(context);
        if (value is not IEnumerable enumerable)
        {
            return value is null ? null : throw new NotSupportedException($"a loop over {value.GetType()}");
        }

        var items = Items(context, enumerable);
        var state = new LoopState();
        context.SetLoopVariable(ScriptVariable.ForObject, state);
        var it = items.GetEnumerator();
        state.SetEnumerable(items, it);
        object? result = null;
        context.PushLoop(state);
        try
        {
            if (!it.MoveNext())
            {
                return _else?.Evaluate(context);
            }

            object? previous = null;
            var first = true;
            var index = 0;
            while (true)
            {
                state.ResetLast();
                var item = it.Current;
                state.Index = index;
                state.ValueChanged = first || (_changedRead && !Equals(previous, item));
                if (_setScope)
                {
                    context.SetLoopVariable(_variable, item);
                }

                context.SetLoopItem(item);
                result = _body.Evaluate(context);
                var isLast = state.MoveNextAndIsLast();
                if (!ContinueLoop(context) || isLast)
                {
                    break;
                }

                previous = item;
                first = false;
                index++;
            }
        }
        finally
        {
            context.PopLoop();
        }

        return result;
    }

    /// <summary>The items as Scriban lists them: always through <c>Cast</c> (its named arguments are never null), then the options in Scriban's order.</summary>
    private IEnumerable<object> Items(TemplateContext context, IEnumerable enumerable)
    {
        var items = enumerable.Cast<object>();
        if (_options.Length == 0)
        {
            return items;
        }

        var reversed = false;
        var offset = 0;
        var limit = -1;
        foreach (var option in _options)
        {
            switch (option.Kind)
            {
                case OptionKind.Offset:
                    offset = context.ToInt(option.Span, option.Value!.Evaluate(context));
                    break;
                case OptionKind.Limit:
                    limit = context.ToInt(option.Span, option.Value!.Evaluate(context));
                    break;
                default:
                    reversed = true;
                    break;
            }
        }

        if (offset > 0)
        {
            items = items.Skip(offset);
        }

        if (reversed)
        {
            items = items.Reverse();
        }

        return limit > 0 ? items.Take(limit) : items;
    }

    /// <summary>A member of Scriban's <c>for</c> object, as its <c>TryGetValue</c> answers outside Liquid.</summary>
    internal static object? Read(object state, string member)
    {
        var loop = (LoopState)state;
        return member switch
        {
            "index" => BoxedInt.Of(loop.Index),
            "length" => BoxedInt.Of(loop.Length),
            "first" => Box(loop.IsFirst),
            "even" => Box(loop.IsEven),
            "odd" => Box(loop.IsOdd),
            "last" => Box(loop.MoveNextAndIsLast()),
            "changed" => Box(loop.ValueChanged),
            "rindex" => BoxedInt.Of(loop.Length - loop.Index - 1),
            _ => throw new NotSupportedException($"no member '{member}' of for"),
        };
    }

    private static object Box(bool value) => value ? True : False;

    /// <summary>Whether <paramref name="state"/> is Scriban's <c>for</c> object (a template may have replaced <c>for</c>).</summary>
    internal static bool IsState(object? state) => state is LoopState;

    protected override object? LoopItem(TemplateContext context, LoopState state) =>
        throw new NotSupportedException("a compiled loop runs through Run");

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "EnterLoop")]
    private static extern void EnterLoop(TemplateContext context, ScriptLoopStatementBase loop);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "ExitLoop")]
    private static extern void ExitLoop(TemplateContext context, ScriptLoopStatementBase loop);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_FlowState")]
    private static extern ScriptFlowState FlowState(TemplateContext context);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_FlowState")]
    private static extern void SetFlowState(TemplateContext context, ScriptFlowState state);
}

using System.Collections;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// <c>list | array.map 'member' | array.contains item</c> (the base layout's "is this page in the menu"), as Scriban's
/// <c>array.map</c> and <c>array.contains</c> compute it: each element's member where its accessor has one, compared with
/// <c>==</c> then <c>Equals</c>, stopping at the first match; a list that is no enumerable is one element. Compiled only
/// when no template of the theme binds <c>array</c> (<see cref="GlobalSlots"/>); Scriban evaluates the pipe where a
/// pipe's value is pending, where loop limits apply (their steps are counted by Scriban), and on an enum member.
/// </summary>
internal sealed class MapContainsNode(ScriptExpression original, CompiledNode list, string member, CompiledNode item) : CompiledNode
{
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>
    /// Whether <paramref name="pipe"/> is <c>list | array.map 'member' | array.contains item</c>, and its parts. Scriban's
    /// pipes nest to the right: <c>list | (array.map 'member' | array.contains item)</c>; it evaluates <c>list</c>, then
    /// <c>item</c>, as this node does.
    /// </summary>
    public static bool Matches(ScriptPipeCall pipe, out ScriptExpression? list, out string? member, out ScriptExpression? item)
    {
        (list, member, item) = (null, null, null);
        if (pipe.GetType() != typeof(ScriptPipeCall) || pipe.From is not { } from || pipe.To is not ScriptPipeCall inner
            || inner.GetType() != typeof(ScriptPipeCall) || !IsCall(inner.From, "map", out var map) || !IsCall(inner.To, "contains", out var contains)
            || map.Arguments[0] is not ScriptLiteral { Value: string name } literal || literal.GetType() != typeof(ScriptLiteral)
            || contains.Arguments[0] is ScriptNamedArgument)
        {
            return false;
        }

        (list, member, item) = (from, name, contains.Arguments[0]);
        return true;
    }

    /// <summary>A call of <c>array.NAME</c> with one positional argument.</summary>
    private static bool IsCall(ScriptExpression? to, string name, out ScriptFunctionCall call)
    {
        call = (to as ScriptFunctionCall)!;
        return call is not null && call.GetType() == typeof(ScriptFunctionCall) && call.Arguments.Count == 1
            && call.Target is ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "array" } target, Member.Name: var called } read
            && read.GetType() == typeof(ScriptMemberExpression) && target.GetType() == typeof(ScriptVariableGlobal) && called == name;
    }

    public override object? Evaluate(TemplateContext context)
    {
        if (context is not ThemeContext || context.UseScientific || context.LoopLimit != 0 || context.LoopLimitQueryable is not (null or 0)
            || CallNode.PipePending(context))
        {
            return context.Evaluate(original);
        }

        var span = original.Span;
        var source = context.ToObject<object>(span, list.Evaluate(context));
        var wanted = context.ToObject<object>(span, item.Evaluate(context));
        if (source is null)
        {
            return False;
        }

        if (source is not IEnumerable elements)
        {
            return Member(context, source, out var value) && Same(value, wanted) ? True : False;
        }

        foreach (var element in elements)
        {
            if (Member(context, element, out var value) && Same(value, wanted))
            {
                return True;
            }
        }

        return False;
    }

    private bool Member(TemplateContext context, object? element, out object? value)
    {
        value = null;
        if (element is null)
        {
            return false; // Scriban's accessor of null has no member
        }

        var accessor = context.GetMemberAccessor(element);
        return accessor.HasMember(context, original.Span, element, member) && (accessor.TryGetValue(context, original.Span, element, member, out value) || true);
    }

    private static bool Same(object? element, object? wanted) => element is Enum
        ? throw new NotSupportedException("an enum member: Scriban compares it")
        : element == wanted || (element is not null && element.Equals(wanted));
}

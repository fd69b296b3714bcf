using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// <c>include 'x' a b</c> and <c>include_cached 'x' a b</c> without named arguments, outside a pipe: the arguments compiled,
/// the function called as Scriban's <see cref="ScriptFunctionCall"/> calls it (each argument converted to its parameter's
/// type, the recursion guard around the call, the flow state reset after), with no interpreter in between.
/// <c>include_cached</c> finds a kept output from the arguments themselves, with no <see cref="ScriptArray"/> made.
/// When the name no longer holds the theme's function (a template assigned it), or a call is met in a state the compiler
/// does not model (a pipe's pending value, scientific mode), Scriban evaluates the call where it stands.
/// </summary>
internal sealed class CallNode : CompiledNode
{
    /// <summary>Up to how many arguments <c>include_cached</c>'s are kept on the stack (the theme passes up to four).</summary>
    internal const int InlineArguments = 4;

    private readonly ScriptFunctionCall _call;
    private readonly ScriptVariableGlobal _name;
    private readonly CompiledNode[] _arguments;
    private readonly Scriban.Parsing.SourceSpan[] _spans;

    /// <summary>Whether no template of the theme binds the function's name elsewhere (<see cref="GlobalSlots"/>): then it is the theme's.</summary>
    private readonly bool _theThemes;

    public CallNode(ScriptFunctionCall call, ScriptVariableGlobal name, CompiledNode[] arguments, bool theThemes = false)
    {
        _theThemes = theThemes;
        _call = call;
        _name = name;
        _arguments = arguments;
        _spans = [.. call.Arguments.Select(a => a.Span)];
    }

    /// <summary>Whether the compiler binds <paramref name="call"/>: a call of <c>include</c> or <c>include_cached</c> by name, with positional arguments.</summary>
    public static bool Binds(ScriptFunctionCall call, out ScriptVariableGlobal? name)
    {
        name = call.Target as ScriptVariableGlobal;
        if (name is null || name.GetType() != typeof(ScriptVariableGlobal) || name.Name is not ("include" or "include_cached")
            || call.Arguments.Count == 0 || call.Arguments.Count >= ScriptFunctionCall.MaximumParameterCount)
        {
            return false;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument is ScriptNamedArgument or ScriptUnaryExpression { Operator: ScriptUnaryOperator.FunctionParametersExpand })
            {
                return false;
            }
        }

        return true;
    }

    public override object? Evaluate(TemplateContext context)
    {
        if (context.UseScientific || PipePending(context))
        {
            return context.Evaluate(_call);
        }

        var function = _theThemes && context is ThemeContext theme ? theme.Builtin(_name.Name) : null;
        return (function ?? context.GetValue(_name)) switch
        {
            IncludeCachedFunction cached when _arguments.Length <= InlineArguments && Fits(cached) => IncludeCached(context, cached),
            HtmlIncludeFunction include when Fits(include) => Call(context, include, Arguments(context, include)),
            _ => context.Evaluate(_call),
        };
    }

    /// <summary>Whether Scriban's checks of the number of arguments would pass (then they need not run).</summary>
    private bool Fits(IScriptCustomFunction function) => _arguments.Length >= function.RequiredParameterCount
        && (function.VarParamKind == ScriptVarParamKind.Direct || (function.VarParamKind == ScriptVarParamKind.None && _arguments.Length <= function.ParameterCount));

    /// <summary>The arguments evaluated and converted in order, as Scriban's call processes them, into a new array.</summary>
    private ScriptArray Arguments(TemplateContext context, IScriptCustomFunction function)
    {
        var values = new ScriptArray(_arguments.Length);
        for (var i = 0; i < _arguments.Length; i++)
        {
            values.Add(context.ToObject(_spans[i], _arguments[i].Evaluate(context), function.GetParameterInfo(i).ParameterType));
        }

        return values;
    }

    private object? IncludeCached(TemplateContext context, IncludeCachedFunction function)
    {
        var values = new Values();
        Span<object?> arguments = values;
        arguments = arguments[.._arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = context.ToObject(_spans[i], _arguments[i].Evaluate(context), function.GetParameterInfo(i).ParameterType);
        }

        context.EnterRecursive(_call);
        try
        {
            if (function.TryGetKept(context, arguments, out var html))
            {
                return Done(context, html);
            }
        }
        finally
        {
            context.ExitRecursive(_call);
        }

        var array = new ScriptArray(arguments.Length);
        foreach (var argument in arguments)
        {
            array.Add(argument);
        }

        return Call(context, function, array);
    }

    /// <summary>The call itself, as <see cref="ScriptFunctionCall"/> makes it once its arguments are processed.</summary>
    private object? Call(TemplateContext context, IScriptCustomFunction function, ScriptArray arguments)
    {
        object? result;
        context.EnterRecursive(_call);
        try
        {
            result = function.Invoke(context, _call, arguments, null);
        }
        finally
        {
            context.ExitRecursive(_call);
        }

        return Done(context, result);
    }

    private static object? Done(TemplateContext context, object? result)
    {
        SetFlowState(context, ScriptFlowState.None);
        return result;
    }

    /// <summary>Whether a pipe's value waits for the next call to take it (then Scriban makes that call).</summary>
    internal static bool PipePending(TemplateContext context) => PipeArguments(context) is Stack<ScriptExpression> { Count: > 0 };

    /// <summary>A pipe's values not yet taken by a call (Scriban's, internal): a call that meets one takes it, so Scriban makes that call.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_CurrentPipeArguments")]
    [return: UnsafeAccessorType("Scriban.Runtime.ScriptPipeArguments, Scriban.Signed")]
    private static extern object? PipeArguments(TemplateContext context);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_FlowState")]
    private static extern void SetFlowState(TemplateContext context, ScriptFlowState state);

    [InlineArray(InlineArguments)]
    private struct Values
    {
        private object? _first;
    }
}

using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering;

/// <summary>
/// <c>include</c> as Scriban does it, with the partial's output declared HTML: Scriban renders a partial into a string
/// that <c>{{ include 'x' }}</c> then writes as a value, which <see cref="ThemeContext"/> would escape a second time.
/// Where the result is only written, the partial renders straight into the page instead
/// (<see cref="ThemeContext.TryIncludeInPlace"/>): no string per include.
/// </summary>
/// <param name="partialOf">The theme's parsed partial of a name, or null (then Scriban's include reports it).</param>
internal sealed class HtmlIncludeFunction(IScriptCustomFunction include, Func<string, Template?> partialOf) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(SafeHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (context is ThemeContext theme && callerContext is not null && arguments.Count > 0
            && partialOf(context.ObjectToString(arguments[0]) ?? string.Empty) is { } partial
            && theme.TryIncludeInPlace(partial, arguments, callerContext))
        {
            return null;
        }

        return include.Invoke(context, callerContext, arguments, blockStatement) switch
        {
            string html => new SafeHtml(html),
            var other => other,
        };
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

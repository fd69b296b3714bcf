using System.Collections.Concurrent;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering;

/// <summary>
/// <c>include_cached 'card' card.url card_heading</c>: renders a partial once per distinct list of keys and
/// reuses the HTML on every later page, for the whole build (Hugo's <c>partialCached</c>). The keys must identify
/// everything the partial reads: a briefing card appears on the home page and on every company, person and tag
/// page that lists it, and is rendered once instead of on each of them.
/// </summary>
internal sealed class IncludeCachedFunction(Func<string, Template?> partialOf) : IScriptCustomFunction
{
    private readonly ConcurrentDictionary<string, SafeHtml> _cache = new(StringComparer.Ordinal);

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(SafeHtml);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "key");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        var caller = callerContext ?? context.CurrentNode
            ?? throw new ScriptRuntimeException(span, "include_cached has no caller context");
        if (arguments.Count == 0)
        {
            throw new ScriptRuntimeException(span, "include_cached expects the name of a partial, then the keys that identify its output");
        }

        var name = context.ObjectToString(arguments[0]) ?? string.Empty;
        var template = partialOf(name) ?? throw new ScriptRuntimeException(span, $"no partial '{name}' in the theme's partials/ folder");
        var key = new StringBuilder(name);
        for (var i = 1; i < arguments.Count; i++)
        {
            key.Append('\u001F').Append(context.ObjectToString(arguments[i]));
        }

        var cacheKey = key.ToString();
        if (_cache.TryGetValue(cacheKey, out var html))
        {
            return html;
        }

        // HTML by type: the partial escaped its own values, and writing it must not escape them again.
        return _cache.GetOrAdd(cacheKey, new SafeHtml(context.RenderTemplate(template, arguments, caller)));
    }

    /// <summary>Drops every kept output: later calls render their partial again.</summary>
    public void Forget() => _cache.Clear();

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

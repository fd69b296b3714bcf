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
    private readonly ConcurrentDictionary<Key, SafeHtml> _cache = new();

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
        var cacheKey = KeyOf(context, template, arguments);
        if (_cache.TryGetValue(cacheKey, out var html))
        {
            return html;
        }

        // HTML by type: the partial escaped its own values, and writing it must not escape them again.
        return _cache.GetOrAdd(cacheKey, SafeHtml.FromUtf8(context.RenderTemplate(template, arguments, caller)));
    }

    /// <summary>The partial and its keys as text: up to three keys without building a string of them (the common case).</summary>
    private static Key KeyOf(TemplateContext context, Template template, ScriptArray arguments)
    {
        string? Text(int i) => i < arguments.Count ? context.ObjectToString(arguments[i]) ?? string.Empty : null;
        string? rest = null;
        if (arguments.Count > 4)
        {
            var more = new StringBuilder();
            for (var i = 4; i < arguments.Count; i++)
            {
                more.Append('\u001F').Append(context.ObjectToString(arguments[i]));
            }

            rest = more.ToString();
        }

        return new Key(template, Text(1), Text(2), Text(3), rest);
    }

    /// <summary>Drops every kept output: later calls render their partial again.</summary>
    public void Forget() => _cache.Clear();

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>A partial and its keys (the keys past the third joined in <see cref="Rest"/>); a missing key is null, an empty one empty.</summary>
    private readonly record struct Key(Template Partial, string? First, string? Second, string? Third, string? Rest);
}

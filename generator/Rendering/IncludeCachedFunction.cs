using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
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
    private static readonly string? ViewNamespace = typeof(Views.MoveView).Namespace;
    private static readonly string[] Digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

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
        return _cache.GetOrAdd(cacheKey, context is ThemeContext theme
            ? SafeHtml.FromUtf8Bytes(theme.RenderToUtf8(template, arguments, caller))
            : SafeHtml.FromUtf8(context.RenderTemplate(template, arguments, caller)));
    }

    /// <summary>
    /// The output kept for a compiled call's arguments (the partial's name, then its keys, as a call would pass them), if
    /// one is: the same key as <see cref="Invoke"/> looks up, without an array of the arguments. False also when the
    /// partial does not exist (then the call itself reports it).
    /// </summary>
    internal bool TryGetKept(TemplateContext context, ReadOnlySpan<object?> arguments, [NotNullWhen(true)] out SafeHtml? html)
    {
        html = null;
        if (arguments.Length is 0 or > 4 || partialOf(context.ObjectToString(arguments[0]) ?? string.Empty) is not { } template)
        {
            return false;
        }

        var key = new Key(template, Part(context, arguments, 1), Part(context, arguments, 2), Part(context, arguments, 3), null);
        return _cache.TryGetValue(key, out html);
    }

    /// <summary>
    /// The partial and its keys: up to three without building a string of them (the common case). A view record (a
    /// move's row, a link) or an array of them stands for itself, by reference: views are immutable, so the same instance
    /// shows the same way, and it needs no text made of it. Any other value is keyed by its text.
    /// </summary>
    private static Key KeyOf(TemplateContext context, Template template, ScriptArray arguments)
    {
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

        return new Key(template, Part(context, arguments, 1), Part(context, arguments, 2), Part(context, arguments, 3), rest);
    }

    /// <summary>Key <paramref name="i"/>: null when missing, a view record itself, else its text (empty for null).</summary>
    private static object? Part(TemplateContext context, ScriptArray arguments, int i) => i >= arguments.Count ? null : Part(context, arguments[i]);

    private static object? Part(TemplateContext context, ReadOnlySpan<object?> arguments, int i) => i >= arguments.Length ? null : Part(context, arguments[i]);

    private static object? Part(TemplateContext context, object? argument) => argument switch
    {
        string text => text,
        int number and >= 0 and < 10 => Digits[number], // before the view check: no type's namespace read for a number
        { } view when IsView(view.GetType()) => view,
        var value => context.ObjectToString(value) ?? string.Empty,
    };

    /// <summary>A view record, or an array of them (a page's breadcrumbs): immutable, so keyed by reference.</summary>
    private static bool IsView(Type type) => (type.IsArray ? type.GetElementType()! : type).Namespace == ViewNamespace;

    /// <summary>Drops every kept output: later calls render their partial again.</summary>
    public void Forget() => _cache.Clear();

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>
    /// A partial and its keys (the keys past the third joined in <see cref="Rest"/>); a missing key is null, an empty one
    /// empty. Texts are equal by value, view records only by reference.
    /// </summary>
    private readonly record struct Key(Template Partial, object? First, object? Second, object? Third, string? Rest)
    {
        public bool Equals(Key other) => ReferenceEquals(Partial, other.Partial) && Same(First, other.First) && Same(Second, other.Second)
            && Same(Third, other.Third) && string.Equals(Rest, other.Rest, StringComparison.Ordinal);

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Partial), Hash(First), Hash(Second), Hash(Third), Rest);

        private static bool Same(object? a, object? b) => a is string x ? b is string y && string.Equals(x, y, StringComparison.Ordinal) : ReferenceEquals(a, b);

        private static int Hash(object? part) => part is string text ? text.GetHashCode(StringComparison.Ordinal) : part is null ? 0 : RuntimeHelpers.GetHashCode(part);
    }
}

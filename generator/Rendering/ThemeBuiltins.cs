using System.Collections.Frozen;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace Briefing.Rendering;

/// <summary>
/// Scriban's built-in functions as the templates see them (the names, objects and functions of Scriban's own
/// <c>TemplateContext.GetDefaultBuiltinObject()</c>), each namespace made on its first use: <c>string</c>, <c>array</c>,
/// <c>html</c>… Scriban makes every function of every namespace by reflection when its built-ins are first asked for,
/// and copies them all again for each built-in object (~20 ms of CPU, most of it in the first touches of the memory it
/// allocates); a theme uses a handful. The namespaces are read-only, as Scriban's are.
/// </summary>
/// <remarks>
/// Shared by every thread's context: the namespaces are made once (<see cref="Lazy{T}"/>) and the object is never written
/// after it is made. <c>html.escape</c> is ours (<see cref="HtmlEscapeFunction"/>); <c>include</c> and
/// <c>include_cached</c> are set by <see cref="ThemeTemplates"/>.
/// </remarks>
internal sealed class ThemeBuiltins : ScriptObject, IScriptObject
{
    private readonly FrozenDictionary<string, Lazy<ScriptObject>> _namespaces;

    public ThemeBuiltins() : base(16, false)
    {
        SetValue("empty", EmptyScriptObject.Default, true);
        SetValue("blank", EmptyScriptObject.Default, true);
        SetValue("include", new IncludeFunction(), true);
        SetValue("include_join", new IncludeJoinFunction(), true);
        _namespaces = new Dictionary<string, Func<ScriptObject>>(StringComparer.Ordinal)
        {
            ["array"] = () => new ArrayFunctions(),
            [DateTimeFunctions.DateVariable.Name] = () => new DateTimeFunctions(),
            ["html"] = Html,
            ["math"] = () => new MathFunctions(),
            ["object"] = () => new ObjectFunctions(),
            ["regex"] = () => new RegexFunctions(),
            ["string"] = () => new StringFunctions(),
            ["timespan"] = () => new TimeSpanFunctions(),
        }.ToFrozenDictionary(kv => kv.Key, kv => new Lazy<ScriptObject>(kv.Value, LazyThreadSafetyMode.ExecutionAndPublication), StringComparer.Ordinal);
    }

    /// <summary>Whether the namespace <paramref name="name"/> has been made (tests).</summary>
    internal bool IsMade(string name) => _namespaces[name].IsValueCreated;

    private static ScriptObject Html()
    {
        var html = new HtmlFunctions();
        html.SetValue("escape", new HtmlEscapeFunction(), readOnly: true);
        return html;
    }

    public override bool TryGetValue(TemplateContext? context, ScribanSpan span, string member, out object? value)
    {
        if (_namespaces.TryGetValue(member, out var made))
        {
            value = made.Value;
            return true;
        }

        return base.TryGetValue(context, span, member, out value);
    }

    public override bool Contains(string member) => _namespaces.ContainsKey(member) || base.Contains(member);

    public override bool CanWrite(string member) => !_namespaces.ContainsKey(member) && base.CanWrite(member);

    public override bool TrySetValue(TemplateContext? context, ScribanSpan span, string member, object? value, bool readOnly) =>
        !_namespaces.ContainsKey(member) && base.TrySetValue(context, span, member, value, readOnly);

    IEnumerable<string> IScriptObject.GetMembers() => GetMembers().Concat(_namespaces.Keys.Order(StringComparer.Ordinal));
}

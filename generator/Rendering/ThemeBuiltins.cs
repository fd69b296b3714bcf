using System.Collections.Frozen;
using System.Text.RegularExpressions;
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
internal sealed partial class ThemeBuiltins : ScriptObject, IScriptObject
{
    /// <summary>
    /// Each namespace, made once per process: they are read-only, so every theme's built-ins share them (Scriban copied
    /// its own for each built-in object).
    /// </summary>
    private static readonly FrozenDictionary<string, Lazy<ScriptObject>> Shared = new Dictionary<string, Func<ScriptObject>>(StringComparer.Ordinal)
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

    /// <summary>This object's namespaces: the shared ones, taken on first use.</summary>
    private readonly FrozenDictionary<string, Lazy<ScriptObject>> _namespaces;

    public ThemeBuiltins() : base(16, false)
    {
        SetValue("empty", EmptyScriptObject.Default, true);
        SetValue("blank", EmptyScriptObject.Default, true);
        SetValue("include", new IncludeFunction(), true);
        SetValue("include_join", new IncludeJoinFunction(), true);
        _namespaces = Shared.ToFrozenDictionary(kv => kv.Key, kv => new Lazy<ScriptObject>(() => kv.Value.Value, LazyThreadSafetyMode.ExecutionAndPublication), StringComparer.Ordinal);
    }

    /// <summary>Whether this object has taken the namespace <paramref name="name"/> (tests).</summary>
    internal bool IsMade(string name) => _namespaces[name].IsValueCreated;

    /// <summary>Whether <paramref name="name"/> is one of Scriban's built-in namespaces (<c>string</c>, <c>date</c>…).</summary>
    public static bool IsNamespace(string name) => Shared.ContainsKey(name);

    /// <summary>Whether the process has made the namespace <paramref name="name"/> (tests).</summary>
    internal static bool IsPrepared(string name) => Shared[name].IsValueCreated;

    /// <summary>
    /// Makes, ahead of the first page, the namespaces that the templates in <paramref name="themeRoot"/>'s
    /// <c>layouts/</c> and <c>partials/</c> name (<see cref="NamedIn"/>); the build's warm-up thread calls it. A namespace a
    /// template reaches some other way is still made when first used. Symbolic links are not followed (the theme's own
    /// checks report them), and a file that cannot be read is left to the theme's loading to report.
    /// </summary>
    public static void Prepare(string themeRoot)
    {
        try
        {
            foreach (var folder in (ReadOnlySpan<string>)["layouts", "partials"])
            {
                var info = new DirectoryInfo(Path.Combine(themeRoot, folder));
                if (!info.Exists || info.LinkTarget is not null)
                {
                    continue;
                }

                foreach (var file in info.EnumerateFiles("*.html").Where(f => (f.Attributes & FileAttributes.ReparsePoint) == 0))
                {
                    foreach (var name in NamedIn(File.ReadAllText(file.FullName)))
                    {
                        _ = Shared[name].Value;
                    }
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Made on first use instead.
        }
    }

    /// <summary>The built-in namespaces that <paramref name="template"/>'s text names as <c>name.</c> (e.g. <c>string.upcase</c>).</summary>
    internal static IEnumerable<string> NamedIn(string template) =>
        NamespaceUse().Matches(template).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<![\w.])(array|date|html|math|object|regex|string|timespan)\s*\.", RegexOptions.CultureInvariant)]
    private static partial Regex NamespaceUse();

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

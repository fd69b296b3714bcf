using System.Text;
using Briefing.Model;
using Briefing.Rendering.Compiled;
using Scriban;
using Scriban.Parsing;
using SourceSpan = Briefing.Model.SourceSpan;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering;

/// <summary>
/// The theme's Scriban templates, each parsed once. Rendering is thread-safe: each thread renders with its own
/// <see cref="TemplateContext"/> seeded with the already-parsed partials, so <c>include</c> never re-parses.
/// </summary>
public sealed partial class ThemeTemplates : IDisposable
{
    /// <summary>The layouts every theme must have.</summary>
    public static readonly IReadOnlyList<string> RequiredLayouts = ["_base", "home", "article", "company", "person", "tag", "index", "404", "moves"];

    private readonly Dictionary<string, Template> _layouts;
    private readonly Dictionary<string, Template> _partials;
    private readonly string _themeRoot;
    private readonly string _displayRoot;
    private readonly Lazy<ThemeBuiltins> _builtins;
    private readonly PartialLoader _loader;
    private readonly Dictionary<string, Template> _partialPaths;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IObjectAccessor?> _accessors = new();
    private readonly ThreadLocal<RenderBuffers> _buffers = new(() => new RenderBuffers());
    private readonly Dictionary<Template, CompiledTemplate> _compiled = new(ReferenceEqualityComparer.Instance);
    private readonly SortedDictionary<string, string> _interpreted = new(StringComparer.Ordinal);
    private long _fallbacks;

    private ThemeTemplates(string themeRoot, string displayRoot, Dictionary<string, Template> layouts, Dictionary<string, Template> partials, bool compile)
    {
        _themeRoot = themeRoot;
        _displayRoot = displayRoot;
        _layouts = layouts;
        _partials = partials;
        _loader = new PartialLoader(partials);
        _partialPaths = partials.ToDictionary(kv => PartialLoader.PathOf(kv.Key), kv => kv.Value, StringComparer.Ordinal);
        // Made on the first render, not here: Scriban's built-ins take ~25 ms of reflection (a warm-up thread starts them
        // with the build, BuildWarmup), and loading the theme need not wait for them while the build has other work.
        _builtins = new(() => CreateBuiltins(name => partials.GetValueOrDefault(name)), LazyThreadSafetyMode.ExecutionAndPublication);
        if (compile)
        {
            var slots = GlobalSlots.Of(layouts.Values.Concat(partials.Values));
            Compile(layouts, "layouts", slots);
            Compile(partials, "partials", slots);
        }
    }

    /// <summary>Parses every layout and partial of <paramref name="themeRoot"/>; null with diagnostics on any error.</summary>
    /// <param name="displayRoot">The theme folder as printed in diagnostics, e.g. <c>themes/briefing</c>.</param>
    /// <param name="compile">Whether templates run compiled where they can (<see cref="TemplateCompiler"/>); false: all on Scriban.</param>
    public static ThemeTemplates? Load(string themeRoot, string displayRoot, List<Diagnostic> diagnostics, bool compile = true)
    {
        var errors = diagnostics.Count;
        var layouts = ParseFolder(Path.Combine(themeRoot, "layouts"), $"{displayRoot}/layouts", diagnostics);
        var partials = ParseFolder(Path.Combine(themeRoot, "partials"), $"{displayRoot}/partials", diagnostics);
        // A layout that exists but failed to parse has its BRF022 already; only an absent file is "missing".
        foreach (var name in RequiredLayouts.Where(n => !layouts.ContainsKey(n) && !File.Exists(Path.Combine(themeRoot, "layouts", n + ".html"))))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingTheme, SourceSpan.File($"{displayRoot}/layouts/{name}.html"),
                $"the theme has no layout '{name}.html'"));
        }

        return diagnostics.Skip(errors).Any(d => d.IsError) ? null : new ThemeTemplates(themeRoot, displayRoot, layouts, partials, compile);
    }

    /// <summary>
    /// Renders layout <paramref name="name"/>, then <c>_base</c> around it (as <c>content_html</c>), in one context,
    /// into UTF-8. The bytes live in a buffer of the calling thread: they are valid until its next render. Compiled
    /// templates render it; if anything throws while they do, Scriban renders the page again, and reports its error.
    /// </summary>
    /// <exception cref="TemplateRenderException">A template failed at run time (undefined variable, bad member).</exception>
    public ReadOnlySpan<byte> RenderPage(string name, IReadOnlyDictionary<string, object?> globals)
    {
        if (_compiled.Count > 0)
        {
            try
            {
                return RenderPage(name, globals, compiled: true);
            }
            catch (Exception)
            {
                // Whatever it was (a template error, a construct met only at run time), Scriban's render decides.
                Interlocked.Increment(ref _fallbacks);
            }
        }

        return RenderPage(name, globals, compiled: false);
    }

    private ReadOnlySpan<byte> RenderPage(string name, IReadOnlyDictionary<string, object?> globals, bool compiled)
    {
        // The layout renders into a per-thread builder that stays one large chunk (clearing a multi-chunk builder
        // reallocates it whole); _base writes it into the page's UTF-8 where it says content_html, never as a string.
        // The thread's context is reused: taken for this render, given back only if it succeeds.
        var buffers = _buffers.Value!;
        buffers.Reset();
        var context = buffers.Context ?? NewContext();
        buffers.Context = null;
        context.Recycle();
        context.UseCompiled = compiled;
        var scriptObject = Globals(context, globals, buffers.Globals);
        var current = name;
        try
        {
            context.PushOutput(buffers.Layout);
            context.Render(_layouts[name]);
            context.PopOutput();
            scriptObject.SetValue("content_html", buffers.Layout.Content, readOnly: true);
            current = "_base";
            context.PushOutput(buffers.Page);
            context.Render(_layouts["_base"]);
            buffers.Context = context;
            return buffers.Page.Finish();
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateRenderException(Diagnostic.Error(DiagnosticCodes.TemplateError, ToSpan(ex.Span, current),
                ex.OriginalMessage), ex);
        }
    }

    /// <summary>
    /// Renders layout <paramref name="name"/> alone, without <c>_base</c> around it: a document of its own (the digest's
    /// email, which is no page of the site). Compiled where it can be, as <see cref="RenderPage(string, IReadOnlyDictionary{string, object?})"/>.
    /// </summary>
    /// <exception cref="TemplateRenderException">A template failed at run time (undefined variable, bad member).</exception>
    public string RenderDocument(string name, IReadOnlyDictionary<string, object?> globals)
    {
        if (_compiled.Count > 0)
        {
            try
            {
                return RenderDocument(name, globals, compiled: true);
            }
            catch (Exception)
            {
                // As for a page: Scriban renders it again and reports its error.
                Interlocked.Increment(ref _fallbacks);
            }
        }

        return RenderDocument(name, globals, compiled: false);
    }

    private string RenderDocument(string name, IReadOnlyDictionary<string, object?> globals, bool compiled)
    {
        var context = NewContext();
        context.UseCompiled = compiled;
        Globals(context, globals, new ScriptObject());
        try
        {
            return context.Render(_layouts[name]);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateRenderException(Diagnostic.Error(DiagnosticCodes.TemplateError, ToSpan(ex.Span, name), ex.OriginalMessage), ex);
        }
    }

    /// <summary>Whether the theme has layout <paramref name="name"/>.</summary>
    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    private ThemeContext NewContext() => new(_builtins.Value, _accessors, _loader, _partialPaths, _compiled);

    /// <summary>
    /// The page's variables (<c>site</c>, <c>meta</c>, <c>page</c>), read-only, in a scope of their own: <paramref name="scriptObject"/>,
    /// empty, where the templates' assignments go too.
    /// </summary>
    private static ScriptObject Globals(ThemeContext context, IReadOnlyDictionary<string, object?> globals, ScriptObject scriptObject)
    {
        foreach (var (key, value) in globals)
        {
            scriptObject.SetValue(key, value, readOnly: true);
        }

        context.SetSlots(globals);

        context.PushGlobal(scriptObject);
        return scriptObject;
    }

    /// <summary><see cref="RenderPage"/> as text (tests and previews).</summary>
    public string RenderPageText(string name, IReadOnlyDictionary<string, object?> globals) => Encoding.UTF8.GetString(RenderPage(name, globals));

    /// <summary>
    /// Drops what <c>include_cached</c> kept (a card per briefing and heading level, ~45 MB of UTF-16 at 10,000 briefings)
    /// once the pages that reuse it are written; a later render renders its partial again (docs/performance.md, twelfth session).
    /// </summary>
    public void ForgetCachedIncludes()
    {
        if (_builtins.IsValueCreated)
        {
            ((IncludeCachedFunction)_builtins.Value["include_cached"]!).Forget();
        }
    }

    public void Dispose() => _buffers.Dispose();

    /// <summary>
    /// Scriban's built-in functions, made once and shared (a new context would build them again, which dominated page
    /// rendering), each namespace on its first use (<see cref="ThemeBuiltins"/>). Our <c>html.escape</c> (UTF-8 kept, five
    /// characters escaped) replaces Scriban's, and <c>include</c> returns <see cref="SafeHtml"/>: <see cref="ThemeContext"/>
    /// escapes every other value it writes.
    /// </summary>
    private static ThemeBuiltins CreateBuiltins(Func<string, Template?> partialOf)
    {
        var builtins = new ThemeBuiltins();
        builtins.SetValue("include_cached", new IncludeCachedFunction(partialOf), readOnly: true);
        builtins.SetValue("include", new HtmlIncludeFunction((IScriptCustomFunction)builtins["include"]!, partialOf), readOnly: true);
        return builtins;
    }

    private SourceSpan ToSpan(Scriban.Parsing.SourceSpan span, string layout)
    {
        var file = span.FileName;
        string path;
        if (!string.IsNullOrEmpty(file) && file.StartsWith(PartialLoader.Prefix, StringComparison.Ordinal))
        {
            path = $"{_displayRoot}/partials/{file[PartialLoader.Prefix.Length..]}.html";
        }
        else if (!string.IsNullOrEmpty(file) && Path.IsPathRooted(file))
        {
            path = $"{_displayRoot}/{Path.GetRelativePath(_themeRoot, file).Replace('\\', '/')}";
        }
        else
        {
            path = $"{_displayRoot}/layouts/{layout}.html";
        }

        return new SourceSpan(path, span.Start.Line + 1, span.Start.Column + 1);
    }

    /// <summary>
    /// Parses the <c>*.html</c> of <paramref name="folder"/>; errors in file-name order. The files are parsed in parallel (~0.5 ms
    /// each, 27 in this theme: a third of an empty site's template stage), the results gathered in order.
    /// </summary>
    private static Dictionary<string, Template> ParseFolder(string folder, string displayFolder, List<Diagnostic> diagnostics)
    {
        var result = new Dictionary<string, Template>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return result;
        }

        var files = Directory.GetFiles(folder, "*.html");
        Array.Sort(files, StringComparer.Ordinal);
        var parsed = new Template[files.Length];
        Parallel.For(0, files.Length, i => parsed[i] = Template.Parse(File.ReadAllText(files[i]), files[i]));
        for (var i = 0; i < files.Length; i++)
        {
            var (file, template) = (files[i], parsed[i]);
            var display = $"{displayFolder}/{Path.GetFileName(file)}";
            if (template.HasErrors)
            {
                foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateError,
                        new SourceSpan(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message));
                }

                continue;
            }

            result[Path.GetFileNameWithoutExtension(file)] = template;
        }

        return result;
    }

    /// <summary>Resolves <c>include 'card'</c> to the parsed <c>partials/card.html</c>.</summary>
    private sealed class PartialLoader(Dictionary<string, Template> partials) : ITemplateLoader
    {
        public const string Prefix = "partials/";

        public static string PathOf(string name) => Prefix + name;

        public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) =>
            partials.ContainsKey(templateName)
                ? PathOf(templateName)
                : throw new ScriptRuntimeException(callerSpan, $"no partial '{templateName}' in the theme's partials/ folder");

        public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            throw new ScriptRuntimeException(callerSpan, $"partial '{templatePath}' was not pre-parsed");

        public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }

    /// <summary>One thread's buffers: the layout's HTML (<c>content_html</c>), the page's UTF-8, and its context.</summary>
    private sealed class RenderBuffers
    {
        /// <summary>The context of the thread's last successful render, or null.</summary>
        public ThemeContext? Context { get; set; }

        public LayoutHtml Layout { get; } = new();

        public Utf8PageOutput Page { get; } = new();

        /// <summary>
        /// The page's global scope, emptied for each page: a new one per page grew its table with every variable the
        /// templates assign (~20 on a page), a visible share of a page's allocations.
        /// </summary>
        public ScriptObject Globals { get; } = new(64);

        public void Reset()
        {
            Layout.Reset();
            Page.Reset();
            Globals.Clear();
        }
    }
}

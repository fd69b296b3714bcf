using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Briefing.Rendering.Compiled;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering;

/// <summary>
/// The Scriban context of a page render. It escapes every value a template outputs unless the value is HTML by type,
/// and it shares the reflection-built member accessors between renders.
/// </summary>
/// <remarks>
/// Escaping by construction: <c>{{ page.title }}</c> and <c>{{ page.title | html.escape }}</c> write the same bytes,
/// so a theme cannot forget the filter. Raw are only <see cref="SafeHtml"/> (the views' <c>*_html</c> fields,
/// <c>include</c>, <c>include_cached</c>, <c>html.escape</c>), <c>content_html</c> and a <c>capture</c> block's output,
/// which is template output already. Scriban caches accessors per context, so a fresh context per page reflected over
/// every view type again (custom attributes and member renaming), a large share of render time: they are shared here.
/// One context renders page after page on one thread (<see cref="Recycle"/>): building one per page was a top
/// allocation site of a build.
/// </remarks>
internal sealed partial class ThemeContext : TemplateContext
{
    private readonly ConcurrentDictionary<Type, IObjectAccessor?> _accessors;
    /// <summary>How large a buffer for <see cref="RenderToUtf8"/> starts (a card is ~2,000 bytes).</summary>
    private const int PartialBytes = 16 * 1024;

    private readonly IReadOnlyDictionary<string, Template> _partials;
    private readonly IReadOnlyDictionary<Template, CompiledTemplate> _compiled;
    private readonly List<LayoutHtml> _partialBuffers = [];
    private readonly object?[] _slots = new object?[GlobalSlots.PageNames.Length];
    private readonly bool[] _slotSet = new bool[GlobalSlots.PageNames.Length];
    private readonly object? _include;
    private readonly object? _includeCached;
    private int _partialDepth;

    /// <param name="partials">The theme's parsed partials, by the path <paramref name="loader"/> resolves their names to.</param>
    /// <param name="compiled">The theme's templates that have a compiled form (<see cref="TemplateCompiler"/>).</param>
    public ThemeContext(ScriptObject builtins, ConcurrentDictionary<Type, IObjectAccessor?> accessors, ITemplateLoader loader,
        IReadOnlyDictionary<string, Template> partials, IReadOnlyDictionary<Template, CompiledTemplate> compiled)
        : base(builtins)
    {
        _compiled = compiled;
        _accessors = accessors;
        _partials = partials;
        TemplateLoader = loader;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        MemberRenamer = StandardMemberRenamer.Default;
        LoopLimit = 0;
        RecursiveLimit = 64;
        LimitToString = 0; // Scriban's default cuts a value past 1 MiB characters to "...": a page never drops text
        NewLine = "\n";
        _include = builtins["include"];
        _includeCached = builtins["include_cached"];
        Seed();
    }

    /// <summary>
    /// Holds the page's variables that compiled templates read from slots (<see cref="GlobalSlots"/>): the same values the
    /// page's global scope holds, read-only there, so no template can change them during the render.
    /// </summary>
    public void SetSlots(IReadOnlyDictionary<string, object?> globals)
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            _slotSet[i] = globals.TryGetValue(GlobalSlots.PageNames[i], out _slots[i]);
        }
    }

    /// <summary>The page's value of slot <paramref name="slot"/>, if the page has that variable.</summary>
    public bool TryGetSlot(int slot, out object? value)
    {
        value = _slots[slot];
        return _slotSet[slot];
    }

    /// <summary>The theme's <c>include</c> or <c>include_cached</c> (as the built-ins hold them), or null for another name.</summary>
    public object? Builtin(string name) => name switch
    {
        "include" => _include,
        "include_cached" => _includeCached,
        _ => null,
    };

    /// <summary>Whether templates that have a compiled form run compiled (false: every template on Scriban's interpreter).</summary>
    public bool UseCompiled { get; set; }

    /// <summary>Renders <paramref name="template"/> compiled when it can and <see cref="UseCompiled"/> says so, else with Scriban.</summary>
    public string Render(Template template) =>
        UseCompiled && _compiled.TryGetValue(template, out var compiled) ? compiled.Render(this) : template.Render(this);

    /// <summary>
    /// Makes the context as a new one for the next page: Scriban's <see cref="TemplateContext.Reset"/> (outputs, globals,
    /// cultures and source files popped), the partials seeded again, no pending new line. Only after a render that
    /// succeeded: a failed one may leave loops or local scopes open, and its context is dropped.
    /// </summary>
    public void Recycle()
    {
        Reset();
        Array.Clear(_slots);
        Array.Clear(_slotSet);
        ResetPreviousNewLine();
        _partialDepth = 0;
        ClearLoops();
        Seed();
    }

    /// <summary>
    /// <c>{{ include 'x' }}</c> written where it stands: the partial renders into the output the page is writing,
    /// instead of into a string that is then written (Scriban's <see cref="TemplateContext.RenderTemplate"/>, whose steps
    /// this repeats, the new-line state included). False when the result is used as a value (assigned, piped, an
    /// argument), has named arguments, or lands on an indented line or in an output of Scriban's own: then the caller
    /// includes it as Scriban does. Either way the bytes are the same.
    /// </summary>
    /// <returns>True when the partial was written.</returns>
    public bool TryIncludeInPlace(Template template, ScriptArray arguments, ScriptNode caller)
    {
        var before = WrittenSoFar();
        if (caller is not ScriptFunctionCall { Parent: ScriptExpressionStatement } call || !EnableOutput || before < 0
            || CurrentIndent is { Length: > 0 } || HasNamedArguments(call))
        {
            return false;
        }

        ref var newLine = ref PreviousTextWasNewLine(this);
        var previousNewLine = newLine;
        try
        {
            RenderPartial(template, arguments, caller); // its text is the output's, whose ToString is empty: nothing is copied
        }
        finally
        {
            // Scriban restores the state, then writes the partial's text, which leaves it as that text's last character
            // says: as the partial's own writes left it, unless it wrote nothing.
            if (WrittenSoFar() == before)
            {
                newLine = previousNewLine;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>include_cached</c>'s first render of a partial, as UTF-8: as Scriban's <see cref="TemplateContext.RenderTemplate"/>
    /// renders it into a string (which was then encoded), but into a buffer of this context reused partial after partial,
    /// where the partial's own <c>include</c>s write in place. The new-line state is restored after, as Scriban's is: the
    /// caller writes the result as a value.
    /// </summary>
    public byte[] RenderToUtf8(Template template, ScriptArray arguments, ScriptNode caller)
    {
        if (_partialDepth == _partialBuffers.Count)
        {
            _partialBuffers.Add(new LayoutHtml(PartialBytes));
        }

        var buffer = _partialBuffers[_partialDepth++];
        buffer.Reset();
        ref var newLine = ref PreviousTextWasNewLine(this);
        var previousNewLine = newLine;
        PushOutput(buffer);
        try
        {
            RenderPartial(template, arguments, caller);
        }
        finally
        {
            PopOutput();
            newLine = previousNewLine;
            _partialDepth--;
        }

        return buffer.ToUtf8();
    }

    /// <summary>
    /// Renders <paramref name="template"/> into the current output with Scriban's steps of <see cref="TemplateContext.RenderTemplate"/>:
    /// the recursion guard, no indent, a local scope with <c>$</c>, a line not yet started when an indent was set.
    /// </summary>
    private void RenderPartial(Template template, ScriptArray arguments, ScriptNode caller)
    {
        EnterRecursive(caller);
        var previousIndent = CurrentIndent;
        CurrentIndent = null;
        PushLocal();
        try
        {
            SetValue(ScriptVariable.Arguments, arguments, true, true);
            if (previousIndent is not null)
            {
                PreviousTextWasNewLine(this) = false;
            }

            Render(template);
        }
        finally
        {
            PopLocal();
            CurrentIndent = previousIndent;
            ExitRecursive(caller);
        }
    }

    /// <summary>Whether the last text written ended a line: Scriban's, private, read and restored as its include does.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    private static extern ref bool PreviousTextWasNewLine(TemplateContext context);

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        _accessors.TryGetValue(target.GetType(), out var accessor) // no closure over the target per member read
            ? accessor
            : _accessors.GetOrAdd(target.GetType(), (type, self) => ViewAccessor.Over(self.BaseAccessor(target), type, self.MemberRenamer), this);

    private static bool HasNamedArguments(ScriptFunctionCall call)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument is ScriptNamedArgument)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How much the page's output holds, or -1 for an output of Scriban's own (a capture, a partial's string).</summary>
    private long WrittenSoFar() => Output switch
    {
        LayoutHtml layout => layout.Length,
        Utf8PageOutput page => page.Length,
        _ => -1,
    };

    private void Seed()
    {
        foreach (var (path, partial) in _partials)
        {
            CachedTemplates[path] = partial;
        }
    }

    private IObjectAccessor? BaseAccessor(object target) => base.GetMemberAccessorImpl(target);

    /// <summary>Writes what <c>{{ expression }}</c> evaluated to: text escaped, HTML as it is.</summary>
    public override TemplateContext Write(Scriban.Parsing.SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case string text:
                WriteEscaped(text);
                return this;
            case SafeHtml { IsUtf8: true } html:
                WriteUtf8(html);
                return this;
            case SafeHtml html:
                Write(html.Html);
                return this;
            case LayoutHtml.LayoutContent layout when EnableOutput:
                // content_html goes from the layout's buffer into the page without becoming a string.
                layout.WriteTo(Output);
                return this;
            case LayoutHtml.LayoutContent or IScriptOutput:
                return base.Write(span, textAsObject);
            default:
                WriteEscaped(ObjectToString(textAsObject));
                return this;
        }
    }

    /// <summary>
    /// Writes a template's text (<paramref name="count"/> characters of <paramref name="text"/> from <paramref name="index"/>,
    /// non-empty) as Scriban's <c>Write</c> does, from its UTF-8 (<paramref name="utf8"/>) straight into a page's output where
    /// no indent applies (none, or empty: Scriban's rule then writes the text as it is and ends in the new-line state of its
    /// last character).
    /// </summary>
    internal void WriteText(ReadOnlySpan<byte> utf8, string text, int index, int count)
    {
        if (CurrentIndent is not { Length: > 0 } && LimitToString <= 0)
        {
            switch (Output)
            {
                case Utf8PageOutput page:
                    page.WriteUtf8(utf8);
                    PreviousTextWasNewLine(this) = text[index + count - 1] == '\n';
                    return;
                case LayoutHtml layout:
                    layout.WriteUtf8(utf8);
                    PreviousTextWasNewLine(this) = text[index + count - 1] == '\n';
                    return;
            }
        }

        Write(text, index, count);
    }

    /// <summary>
    /// Writes markup held as UTF-8 into the page's outputs without a string in between, as Scriban writes text: the
    /// current indent before each line that has text (its <c>Write</c>'s rule), the new-line state set by the last
    /// character. Into an output of Scriban's own other than a builder, as text.
    /// </summary>
    private void WriteUtf8(SafeHtml html)
    {
        var rest = html.Utf8;
        if (rest.IsEmpty)
        {
            return;
        }

        if (Output is not (Utf8PageOutput or LayoutHtml or StringBuilderOutput))
        {
            Write(html.Html);
            return;
        }

        ref var newLine = ref PreviousTextWasNewLine(this);
        var indent = CurrentIndent is { Length: > 0 } current ? current : null; // an empty indent writes nothing: the same bytes and state as none
        while (!rest.IsEmpty)
        {
            var end = indent is null ? -1 : rest.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            if (indent is not null && newLine && (end < 0 || IndentOnEmptyLines || (line.Length != 0 && (line.Length != 1 || line[0] != (byte)'\r'))))
            {
                Output.Write(indent, 0, indent.Length);
                newLine = false;
            }

            var chunk = end < 0 ? rest : rest[..(end + 1)];
            AppendUtf8(chunk);
            rest = rest[chunk.Length..];
            newLine = end >= 0 || (indent is null ? chunk[^1] == (byte)'\n' : newLine);
        }
    }

    private void AppendUtf8(ReadOnlySpan<byte> utf8)
    {
        switch (Output)
        {
            case Utf8PageOutput page:
                page.WriteUtf8(utf8);
                break;
            case LayoutHtml layout:
                layout.WriteUtf8(utf8);
                break;
            case StringBuilderOutput captured:
                LayoutHtml.AppendUtf8(captured.Builder, utf8);
                break;
        }
    }

    /// <summary>Writes <paramref name="text"/> escaped, as runs between entities: no escaped copy is built.</summary>
    private void WriteEscaped(string? text)
    {
        if (text is null)
        {
            return;
        }

        var next = text.AsSpan().IndexOfAny(HtmlText.Special);
        if (next < 0)
        {
            Write(text);
            return;
        }

        var start = 0;
        while (next >= 0)
        {
            var at = start + next;
            Write(text, start, at - start);
            Write(HtmlText.Entity(text[at]));
            start = at + 1;
            next = text.AsSpan(start).IndexOfAny(HtmlText.Special);
        }

        Write(text, start, text.Length - start);
    }
}

using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

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
/// </remarks>
internal sealed class ThemeContext(ScriptObject builtins, ConcurrentDictionary<Type, IObjectAccessor?> accessors)
    : TemplateContext(builtins)
{
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        accessors.GetOrAdd(target.GetType(), (_, self) => self.BaseAccessor(target), this);

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

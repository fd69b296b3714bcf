using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>
/// A Scriban context whose reflection-built member accessors are shared by every page render. Scriban caches
/// them per context, so a fresh context per page reflected over every view type again (custom attributes and
/// member renaming) — a large share of render time.
/// </summary>
internal sealed class SharedAccessorContext(ScriptObject builtins, ConcurrentDictionary<Type, IObjectAccessor?> accessors)
    : TemplateContext(builtins)
{
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        accessors.GetOrAdd(target.GetType(), (_, self) => self.BaseAccessor(target), this);

    private IObjectAccessor? BaseAccessor(object target) => base.GetMemberAccessorImpl(target);

    /// <summary><c>{{ content_html }}</c> goes from the layout's buffer into the page without becoming a string.</summary>
    public override TemplateContext Write(Scriban.Parsing.SourceSpan span, object? textAsObject)
    {
        if (textAsObject is LayoutHtml.LayoutContent layout && EnableOutput)
        {
            layout.WriteTo(Output);
            return this;
        }

        return base.Write(span, textAsObject);
    }
}

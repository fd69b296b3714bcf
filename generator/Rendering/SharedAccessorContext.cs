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
}

using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// <c>target.member</c>: through an inline cache of the last view type read here and its getter (a view's property), so a
/// read is a type check and a call, no lookup of the member's name; any other object is read through the context's
/// accessor, as Scriban reads it. <c>.size</c> of an array or a list is its count, as Scriban's accessors of them say.
/// A null target or an unknown member throws (then Scriban renders the page and reports it).
/// </summary>
internal sealed class MemberNode(CompiledNode target, string member, SourceSpan span) : CompiledNode
{
    private readonly bool _size = member == "size";
    private Cached? _cached;

    public override object? Evaluate(TemplateContext context)
    {
        var targetObject = target.Evaluate(context) ?? throw new NotSupportedException($"null target of '{member}'");
        if (_size && targetObject is IList list && targetObject is not (IScriptObject or IDictionary))
        {
            // What Scriban's accessors of arrays and lists answer (a view's lists), without the look-up of the accessor.
            return BoxedInt.Of(list.Count);
        }

        var cached = _cached; // one read: another thread may replace it
        object? value;
        if (cached is not null && ReferenceEquals(cached.Type, targetObject.GetType()))
        {
            value = cached.Getter(targetObject);
        }
        else
        {
            var accessor = context.GetMemberAccessor(targetObject);
            if (accessor is ViewAccessor view && view.TryGetGetter(member, out var getter))
            {
                _cached = new Cached(targetObject.GetType(), getter);
                value = getter(targetObject);
            }
            else if (!accessor.TryGetValue(context, span, targetObject, member, out value))
            {
                throw new NotSupportedException($"no member '{member}'");
            }
        }

        return IsFunction(value) ? throw new NotSupportedException($"'{member}' is a function") : value;
    }

    private sealed record Cached(Type Type, Func<object, object?> Getter);
}

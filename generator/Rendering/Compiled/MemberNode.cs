using System.Reflection;
using Scriban;
using Scriban.Parsing;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// <c>target.member</c>: through an inline cache of the last view type read here and its getter (a view's property), so a
/// read is a type check and a call, no lookup of the member's name; any other object is read through the context's
/// accessor, as Scriban reads it. <c>.size</c> of an array is its length, as Scriban's array accessor says. A null target or an unknown member throws (then Scriban renders the page and reports it).
/// </summary>
internal sealed class MemberNode(CompiledNode target, string member, SourceSpan span) : CompiledNode
{
    private readonly bool _size = member == "size";
    private Cached? _cached;

    public override object? Evaluate(TemplateContext context)
    {
        var targetObject = target.Evaluate(context) ?? throw new NotSupportedException($"null target of '{member}'");
        if (_size && targetObject is Array array)
        {
            // What Scriban's accessor of arrays answers (the views' lists are arrays), without the look-up of the accessor.
            return BoxedInt.Of(array.Length);
        }

        var cached = _cached; // one read: another thread may replace it
        object? value;
        if (cached is not null && ReferenceEquals(cached.Type, targetObject.GetType()))
        {
            value = cached.Getter.Invoke(targetObject);
        }
        else
        {
            var accessor = context.GetMemberAccessor(targetObject);
            if (accessor is ViewAccessor view && view.TryGetGetter(member, out var getter))
            {
                _cached = new Cached(targetObject.GetType(), getter);
                value = getter.Invoke(targetObject);
            }
            else if (!accessor.TryGetValue(context, span, targetObject, member, out value))
            {
                throw new NotSupportedException($"no member '{member}'");
            }
        }

        return IsFunction(value) ? throw new NotSupportedException($"'{member}' is a function") : value;
    }

    private sealed record Cached(Type Type, MethodInvoker Getter);
}

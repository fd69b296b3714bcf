using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>
/// Reads a view's members for templates as Scriban's own accessor does (the same names, through <paramref name="inner"/>
/// for everything else), but calls each property's getter through a delegate made once per member (<see cref="ViewGetters"/>):
/// Scriban's <c>PropertyInfo.GetValue</c> validated its arguments on each of the millions of reads of a build.
/// </summary>
internal sealed class ViewAccessor(IObjectAccessor inner, IReadOnlyDictionary<string, Func<object, object?>> getters) : IObjectAccessor
{
    /// <summary>
    /// Scriban's accessor of <paramref name="type"/> made faster, when the type's members are its public properties (a
    /// view record); otherwise <paramref name="inner"/> itself.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Views are in this assembly, which the Native AOT publish roots whole (TrimmerRootAssembly in the project): their public properties are kept, as Scriban's own accessor needs them too.")]
    public static IObjectAccessor? Over(IObjectAccessor? inner, Type type, MemberRenamerDelegate renamer)
    {
        if (inner is null || type.Namespace != typeof(Views.MetaView).Namespace || !type.IsClass)
        {
            return inner;
        }

        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (property.GetMethod is { IsPublic: true, IsStatic: false } getter && property.GetIndexParameters().Length == 0
                && renamer(property) is { Length: > 0 } name)
            {
                getters.TryAdd(name, ViewGetters.For(type, property, getter));
            }
        }

        // Only when Scriban would see the very same members: a field or an ignored member leaves the type to Scriban.
        var members = inner.GetMembers(null!, default, null!).ToHashSet(StringComparer.Ordinal);
        return members.SetEquals(getters.Keys) ? new ViewAccessor(inner, getters) : inner;
    }

    /// <summary>The getter of member <paramref name="member"/> (compiled templates cache it per type where they read it).</summary>
    public bool TryGetGetter(string member, [NotNullWhen(true)] out Func<object, object?>? getter) => getters.TryGetValue(member, out getter);

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => inner.GetMembers(context, span, target);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => getters.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (getters.TryGetValue(member, out var getter))
        {
            value = getter(target);
            return true;
        }

        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        inner.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        inner.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        inner.TrySetItem(context, span, target, index, value);

    public bool HasIndexer => inner.HasIndexer;

    public Type? IndexType => inner.IndexType;
}

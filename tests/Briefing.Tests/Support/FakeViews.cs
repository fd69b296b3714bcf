using System.Collections;
using System.Reflection;
using Briefing.Rendering;
using Briefing.Rendering.Views;

namespace Briefing.Tests.Support;

/// <summary>
/// Builds any view record by reflection, every string field set to <c>text + marker</c> with a marker unique to the
/// field (<c>[F001]</c>, …), so a test can put hostile text in every field a template might show, today's or a future
/// one's. Two builders with the same <paramref name="full"/> give the same shape (same markers, lists, numbers).
/// </summary>
/// <param name="text">What every string field starts with.</param>
/// <param name="full">
/// True: every optional field set, flags true, numbers 3. False: optional fields null, flags false, numbers 1: the
/// other branches of the templates.
/// </param>
public sealed class FakeViews(string text, bool full)
{
    private const int ListLength = 2;

    private readonly NullabilityInfoContext _nullability = new();
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);

    /// <summary>Each marker and the field it was put in (<c>MoveView.Role</c>).</summary>
    public IReadOnlyDictionary<string, string> Fields => _fields;

    /// <summary>The text of the field a marker stands for.</summary>
    public string TextOf(string marker) => text + marker;

    public T Build<T>() => (T)Build(typeof(T), "");

    private object Build(Type record, string path)
    {
        if (record.Namespace != typeof(LinkView).Namespace)
        {
            throw new NotSupportedException($"{path}: {record} is not a view record; teach {nameof(FakeViews)} its values");
        }

        var constructor = record.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = constructor.GetParameters();
        var arguments = parameters
            .Select(p => Value(p.ParameterType, _nullability.Create(p), $"{record.Name}.{p.Name}"))
            .ToArray();
        var view = constructor.Invoke(arguments);

        // Members added as init-only properties (a byline beside the positional fields) get values too.
        var positional = parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var property in record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.SetMethod is { IsPublic: true } && !positional.Contains(p.Name) && p.Name != "EqualityContract")
                     .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            property.SetValue(view, Value(property.PropertyType, _nullability.Create(property), $"{record.Name}.{property.Name}"));
        }

        return view;
    }

    private object? Value(Type type, NullabilityInfo nullability, string field)
    {
        if (!full && nullability.ReadState == NullabilityState.Nullable)
        {
            return null;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            var marker = $"[F{_fields.Count + 1:D3}]";
            _fields[marker] = field;
            return TextOf(marker);
        }

        if (type == typeof(SafeHtml))
        {
            // Trusted by type: what the generator renders itself (JSON-LD is already serialized JSON).
            return new SafeHtml(field.EndsWith("JsonLdHtml", StringComparison.Ordinal) ? "{\"@type\":\"Thing\"}" : "<b class=\"trusted\">trusted</b>");
        }

        if (type == typeof(bool))
        {
            return full;
        }

        if (type == typeof(int))
        {
            return full ? 3 : 1;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var itemType = type.GetGenericArguments()[0];
            var items = Array.CreateInstance(itemType, ListLength);
            for (var i = 0; i < ListLength; i++)
            {
                ((IList)items)[i] = Value(itemType, nullability.GenericTypeArguments[0], $"{field}[{i}]");
            }

            return items;
        }

        return Build(type, field);
    }
}

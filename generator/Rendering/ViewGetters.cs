using System.Reflection;
using Briefing.Rendering.Compiled;

namespace Briefing.Rendering;

/// <summary>
/// The views' property getters as plain delegates, for <see cref="ViewAccessor"/> and compiled member reads: a cast and a
/// call, no reflection invoke per read, and <c>bool</c> and small <c>int</c> values boxed once. The delegates are
/// generated (<c>ViewGetters.Generated.cs</c>, written by <c>ViewGettersTests</c>: <c>BRIEFING_UPDATE_GOLDEN=1</c>
/// rewrites it when a view changes, and the test fails while it is stale); a property the file does not know yet is read
/// through a <see cref="MethodInvoker"/>, as before.
/// </summary>
internal static partial class ViewGetters
{
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>The getter of <paramref name="property"/> (whose public getter is <paramref name="getter"/>) on <paramref name="type"/>.</summary>
    public static Func<object, object?> For(Type type, PropertyInfo property, MethodInfo getter)
    {
        if (Generated(type, property.Name) is { } generated)
        {
            return generated;
        }

        var invoker = MethodInvoker.Create(getter);
        return target => invoker.Invoke(target);
    }

    private static object Box(bool value) => value ? True : False;

    private static object Box(int value) => BoxedInt.Of(value);
}

namespace Briefing.Rendering.Compiled;

/// <summary>Small integers boxed once: a list's size or a count read on every page needs no new box per read.</summary>
internal static class BoxedInt
{
    private static readonly object[] Small = Enumerable.Range(0, 256).Select(i => (object)i).ToArray();

    public static object Of(int value) => (uint)value < (uint)Small.Length ? Small[value] : value;
}

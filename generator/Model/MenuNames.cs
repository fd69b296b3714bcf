namespace Briefing.Model;

/// <summary>The menus a theme shows: <c>main</c> in the header, <c>footer</c> at the foot of every page.</summary>
public static class MenuNames
{
    public const string Main = "main";
    public const string Footer = "footer";

    public static IReadOnlyList<string> All { get; } = [Main, Footer];
}

namespace Briefing.Media.Cards;

/// <summary>
/// One text box of a card's layout. The text starts at <paramref name="Y"/> (the top of its first line), wraps at word
/// boundaries within <paramref name="Width"/>, and shrinks from <paramref name="Size"/> towards <paramref name="MinSize"/>
/// until it fits <paramref name="MaxLines"/> lines and <paramref name="Height"/>.
/// </summary>
/// <param name="WidthBesideImage">The width when the page has a hero image (the image slot takes the rest), or null: <paramref name="Width"/>.</param>
/// <param name="Font">The name of a font chain of <see cref="CardLayout.Fonts"/>.</param>
/// <param name="Align">left or right (a right-aligned box ends at <c>X + Width</c>).</param>
public sealed record CardTextStyle(
    int X,
    int Y,
    int Width,
    int? WidthBesideImage,
    int Height,
    float Size,
    float MinSize,
    int MaxLines,
    float LineHeight,
    string Font,
    uint Color,
    string Align)
{
    public bool AlignRight => Align == "right";
}

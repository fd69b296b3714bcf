namespace Briefing.Media.Cards;

/// <summary>A rectangle of a card's layout, in pixels from the top left; <paramref name="Color"/> is ARGB (unused for the image slot).</summary>
public sealed record CardBox(int X, int Y, int Width, int Height, uint Color);

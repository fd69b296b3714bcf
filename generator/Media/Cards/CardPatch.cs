namespace Briefing.Media.Cards;

/// <summary>
/// A text box as a painter drew it once (<see cref="CardPainter"/>): its ink's rectangle (rows [<see cref="Top"/>,
/// <see cref="Bottom"/>), columns [<see cref="Left"/>, <see cref="Right"/>)) and, row by row, the palette index of each
/// inked pixel, 0 where the box leaves what is below. Laid over the next card that shows the same text in that box.
/// </summary>
internal sealed record CardPatch(int Top, int Bottom, int Left, int Right, byte[] Pixels);

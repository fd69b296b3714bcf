namespace Briefing.Media.Cards;

/// <summary>A text box's text as drawn: the font size chosen and the lines at that size.</summary>
/// <param name="Truncated">Whether words were dropped (ending in an ellipsis): the text did not fit at the smallest size.</param>
public sealed record FittedText(float Size, IReadOnlyList<string> Lines, bool Truncated);

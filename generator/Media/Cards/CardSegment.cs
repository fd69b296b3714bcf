namespace Briefing.Media.Cards;

/// <summary>A piece of a card's text that is never broken (a word, or one CJK character), and whether a space follows it.</summary>
public sealed record CardSegment(string Text, bool SpaceAfter);

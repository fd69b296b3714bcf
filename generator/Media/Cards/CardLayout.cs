namespace Briefing.Media.Cards;

/// <summary>
/// The look of every social card, read from the theme's <c>cards/card.yml</c> (<see cref="CardLayoutReader"/>): the
/// canvas, its background and rectangles, the hero image's slot, and one text box per thing a card shows.
/// </summary>
/// <param name="Fonts">Font chains by name (<c>bold</c>, <c>regular</c>…): the files, relative to the theme's
/// <c>cards/</c> folder, tried in order for each character.</param>
/// <param name="Image">Where a page's hero image is drawn (cover-cropped), or null: no slot.</param>
/// <param name="Texts">The text boxes by what they show: <c>label</c>, <c>title</c>, <c>date</c>, <c>companies</c>, <c>site</c>.</param>
/// <param name="Hash">A hash of the layout file and every font file it names: part of every card's cache key.</param>
public sealed record CardLayout(
    int Width,
    int Height,
    uint Background,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Fonts,
    IReadOnlyList<CardBox> Rects,
    CardBox? Image,
    IReadOnlyDictionary<string, CardTextStyle> Texts,
    UInt128 Hash);

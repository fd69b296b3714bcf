namespace Briefing.Rendering.Views;

/// <summary>A briefing in a list: home, company, person and tag pages.</summary>
/// <param name="Via">On a parent company's page, the subsidiaries through which the briefing concerns it ("Amazon Web Services"); else null.</param>
/// <param name="ReadingMinutes">Minutes to read the briefing, at least 1 ("3 min read").</param>
/// <remarks>In the pages' content keys as the hash of its fields (<see cref="CardKeyJsonConverter"/>): a field added here
/// must be added there too, which a test checks.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CardKeyJsonConverter))]
public sealed record ArticleCardView(
    string Title,
    string Url,
    string DateIso,
    string DateDisplay,
    string Summary,
    IReadOnlyList<LinkView> Companies,
    IReadOnlyList<LinkView> People,
    IReadOnlyList<LinkView> Tags,
    string? Via,
    bool Draft,
    int ReadingMinutes)
{
    /// <summary>The byline: the briefing's authors in order, each with what precedes its name; empty without authors.</summary>
    public IReadOnlyList<BylineAuthorView> Authors { get; init; } = [];

    private KeyHashSlot _keyHash = KeyHashSlot.None;

    /// <summary>The card's hash in the content keys, worked out once per instance.</summary>
    internal UInt128 KeyHash(Func<ArticleCardView, UInt128> hash) => KeyHashSlot.Of(this, ref _keyHash, hash);
}

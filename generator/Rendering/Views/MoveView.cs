namespace Briefing.Rendering.Views;

/// <summary>A talent move as pages show it.</summary>
/// <param name="Kind">hire, departure, promotion or poach.</param>
/// <param name="Person">The person's page, or null for a group move (then <c>Who</c>).</param>
/// <param name="Who">For a group move: "3 OpenAI researchers".</param>
/// <param name="To">The destination, or null when undisclosed.</param>
/// <param name="Article">The first briefing that reported the move.</param>
/// <param name="Reports">Every briefing that reported the move, oldest first (the same move reported twice is one move).</param>
/// <remarks>In the pages' content keys as the hash of its fields (<see cref="MoveKeyJsonConverter"/>): a field added here
/// must be added there too, which a test checks.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(MoveKeyJsonConverter))]
public sealed record MoveView(
    string Kind,
    string KindLabel,
    LinkView? Person,
    string? Who,
    LinkView From,
    LinkView? To,
    string? Role,
    string DateIso,
    string DateDisplay,
    LinkView Article,
    IReadOnlyList<LinkView> Reports)
{
    private KeyHashSlot _keyHash = KeyHashSlot.None;

    /// <summary>The move's hash in the content keys, worked out once per instance.</summary>
    internal UInt128 KeyHash(Func<MoveView, UInt128> hash) => KeyHashSlot.Of(this, ref _keyHash, hash);
}

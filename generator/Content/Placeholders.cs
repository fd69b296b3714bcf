namespace Briefing.Content;

/// <summary>
/// The texts <c>briefing new</c> writes where only an editor can fill in the words. The loader reports any of them
/// left in place (BRF034), so a scaffold never reaches readers by accident.
/// </summary>
public static class Placeholders
{
    /// <summary>The summary of a new briefing.</summary>
    public const string Summary = "TODO: one or two sentences for lists, feeds and social cards.";

    /// <summary>The description of a new company or person.</summary>
    public const string Description = "TODO: one sentence about who this is.";

    internal static bool IsIn(string text) =>
        text.Contains(Summary, StringComparison.Ordinal) || text.Contains(Description, StringComparison.Ordinal);
}

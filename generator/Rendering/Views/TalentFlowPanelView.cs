namespace Briefing.Rendering.Views;

/// <summary>
/// The home page's "talent flow" panel: the companies with the largest net gain and loss of people over the
/// <see cref="Days"/> days up to the newest briefing's date (never the wall clock).
/// </summary>
/// <param name="Gains">Largest net gain first (at most five), each with a positive <c>Net</c>.</param>
/// <param name="Losses">Largest net loss first (at most five), each with a negative <c>Net</c>.</param>
public sealed record TalentFlowPanelView(
    string SinceIso,
    string SinceDisplay,
    string AsOfIso,
    string AsOfDisplay,
    IReadOnlyList<NetFlowView> Gains,
    IReadOnlyList<NetFlowView> Losses,
    string MovesUrl)
{
    public const int Days = 90;
}

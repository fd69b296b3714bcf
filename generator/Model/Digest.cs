namespace Briefing.Model;

/// <summary>
/// What the weekly digest is made of besides the briefings: the editors' intros and the week running when the site
/// was built. Weeks before <see cref="RunningWeek"/> are finished and have editions; the running week is shown as
/// "this week so far" only. The running week is the one clock-dependent value of a build (like scheduled briefings).
/// </summary>
/// <param name="Intros">The editors' files by week (ordinal by week), drafts included (they hold their edition back).</param>
/// <param name="RunningWeek">The week "now" falls in (site.yml <c>timezone</c>), or null when the build has no clock: then every week is finished.</param>
public sealed record Digest(IReadOnlyList<DigestIntro> Intros, IsoWeek? RunningWeek)
{
    public static readonly Digest None = new([], null);

    /// <summary>Whether draft intros' editions are published too (<c>--drafts</c>), with a draft badge.</summary>
    public bool ShowDrafts { get; init; }

    /// <summary>Whether <paramref name="week"/> has ended, so its edition is published.</summary>
    public bool IsFinished(IsoWeek week) => RunningWeek is not { } running || week < running;
}

namespace Briefing.Model;

/// <summary>site.yml <c>images:</c>: the widths of the responsive variants, the encoders' quality, the <c>sizes</c> attribute.</summary>
/// <param name="Widths">Variant widths in pixels, ascending; an image narrower than one is never upscaled to it.</param>
/// <param name="Quality">WebP and JPEG quality, 1–100.</param>
/// <param name="Sizes">The <c>sizes</c> attribute of every <c>&lt;img&gt;</c> and <c>&lt;source&gt;</c> (how wide the theme shows it).</param>
public sealed record ImageSettings(IReadOnlyList<int> Widths, int Quality, string Sizes)
{
    /// <summary>480, 800, 1200 and 1600 px at quality 80, shown at most 46rem wide (the theme's text column).</summary>
    public static ImageSettings Default { get; } = new([480, 800, 1200, 1600], 80, "(min-width: 48rem) 46rem, 100vw");

    /// <summary>An original wider than this many times the largest variant is reported (BRF064): it only slows builds down.</summary>
    public const int FarLargerFactor = 3;
}

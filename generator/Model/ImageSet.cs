namespace Briefing.Model;

/// <summary>
/// A processed image: its variants, narrowest first, as published. Metadata (EXIF, GPS, XMP) is gone from every file,
/// orientation applied, colours in sRGB.
/// </summary>
/// <param name="Source">The original, relative to the site root.</param>
/// <param name="FallbackType">The MIME type of the fallback files (<c>image/jpeg</c>, <c>image/png</c>).</param>
public sealed record ImageSet(string Source, string FallbackType, IReadOnlyList<ImageVariant> Variants)
{
    /// <summary>The widest variant: its size gives <c>width</c>/<c>height</c> (the aspect ratio, so no layout shift).</summary>
    public ImageVariant Largest => Variants[^1];

    /// <summary>The variant an <c>&lt;img src&gt;</c> without srcset support gets: the widest up to 800 px.</summary>
    public ImageVariant Default => Variants.LastOrDefault(v => v.Width <= 800) ?? Variants[0];
}

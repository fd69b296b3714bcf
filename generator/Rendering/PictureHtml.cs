using System.Globalization;
using System.Text;
using Briefing.Model;

namespace Briefing.Rendering;

/// <summary>
/// The markup of processed images: <c>&lt;picture&gt;</c> with a WebP <c>&lt;source&gt;</c> and an <c>&lt;img&gt;</c> in
/// the fallback format, both with <c>srcset</c> and <c>sizes</c>, the <c>&lt;img&gt;</c> with <c>width</c> and
/// <c>height</c> (no layout shift); lazy unless it is a hero (<c>fetchpriority="high"</c>). A caption and credit make a
/// <c>&lt;figure&gt;</c>. Every value is escaped here: the result is trusted HTML (<see cref="SafeHtml"/>).
/// </summary>
public sealed class PictureHtml(IReadOnlyDictionary<string, ImageSet> sets, ImageSettings settings, string basePath)
{
    /// <summary>No images processed (a site without any, or a renderer used alone).</summary>
    public static PictureHtml None { get; } = new(new Dictionary<string, ImageSet>(StringComparer.Ordinal), ImageSettings.Default, "/");

    /// <summary>The processed set of <paramref name="source"/> (relative to the site root), or null.</summary>
    public ImageSet? Find(string? source) => source is not null && sets.TryGetValue(source, out var set) ? set : null;

    /// <summary>The set a body's <c>![alt](src)</c> names from the file <paramref name="fromFile"/>, or null (remote, unknown).</summary>
    public ImageSet? Resolve(string fromFile, string? src) =>
        src is null || !MediaPaths.IsProcessedInBody(src) ? null : Find(MediaPaths.Resolve(fromFile, src));

    /// <summary>The URL of a variant's route on this site (the base path prepended).</summary>
    public string Url(string route) => basePath + route[1..];

    /// <summary>A hero, logo or photo: a figure when it has a caption or credit, else the picture alone.</summary>
    /// <param name="searchThumbnail">Mark the image as the page's Pagefind result thumbnail.</param>
    /// <param name="sizes">The <c>sizes</c> attribute when the theme shows the image narrower than the text column (a logo).</param>
    public SafeHtml Figure(ImageRef? image, bool hero, string cssClass, bool searchThumbnail = false, string? sizes = null)
    {
        if (Find(image?.Source) is not { } set || image is null)
        {
            return SafeHtml.Empty;
        }

        var html = new StringBuilder();
        var figure = image.Caption is not null || image.Credit is not null;
        if (figure)
        {
            html.Append("<figure class=\"").Append(cssClass).Append("\">");
        }

        Picture(html, set, image.Decorative ? string.Empty : image.Alt, hero, figure ? null : cssClass, searchThumbnail, sizes);
        if (figure)
        {
            Caption(html, image.Caption, image.Credit);
            html.Append("</figure>");
        }

        return new SafeHtml(html.ToString());
    }

    /// <summary>Appends the <c>&lt;picture&gt;</c> of <paramref name="set"/>.</summary>
    public void Picture(StringBuilder html, ImageSet set, string alt, bool hero, string? cssClass = null, bool searchThumbnail = false,
        string? sizesOverride = null)
    {
        var sizes = HtmlText.Escape(sizesOverride ?? settings.Sizes);
        html.Append(cssClass is null ? "<picture>" : $"<picture class=\"{cssClass}\">");
        html.Append("<source type=\"image/webp\" srcset=\"");
        SrcSet(html, set, v => v.WebpRoute);
        html.Append("\" sizes=\"").Append(sizes).Append("\">");
        html.Append("<img src=\"").Append(HtmlText.Escape(Url(set.Default.FallbackRoute))).Append("\" srcset=\"");
        SrcSet(html, set, v => v.FallbackRoute);
        html.Append("\" sizes=\"").Append(sizes).Append('"')
            .Append(CultureInfo.InvariantCulture, $" width=\"{set.Largest.Width}\" height=\"{set.Largest.Height}\"")
            .Append(" alt=\"").Append(HtmlText.Escape(alt)).Append('"')
            .Append(hero ? " fetchpriority=\"high\" decoding=\"async\"" : " loading=\"lazy\" decoding=\"async\"");
        if (searchThumbnail)
        {
            html.Append(" data-pagefind-meta=\"image[src], image_alt[alt]\"");
        }

        html.Append("></picture>");
    }

    /// <summary>Appends a <c>&lt;figcaption&gt;</c>: the caption, then the credit in <c>&lt;small&gt;</c>.</summary>
    public static void Caption(StringBuilder html, string? caption, string? credit)
    {
        if (caption is null && credit is null)
        {
            return;
        }

        html.Append("<figcaption>").Append(HtmlText.Escape(caption));
        if (credit is not null)
        {
            html.Append(caption is null ? string.Empty : " ").Append("<small class=\"credit\">").Append(HtmlText.Escape(credit)).Append("</small>");
        }

        html.Append("</figcaption>");
    }

    private void SrcSet(StringBuilder html, ImageSet set, Func<ImageVariant, string> route)
    {
        for (var i = 0; i < set.Variants.Count; i++)
        {
            var v = set.Variants[i];
            html.Append(i == 0 ? string.Empty : ", ").Append(HtmlText.Escape(Url(route(v)))).Append(CultureInfo.InvariantCulture, $" {v.Width}w");
        }
    }
}

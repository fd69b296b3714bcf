using Briefing.Media;
using Briefing.Model;

namespace Briefing.Output;

/// <summary>An item's hero image as feeds carry it: RSS <c>enclosure</c>, Atom <c>link rel="enclosure"</c>, JSON Feed <c>image</c>.</summary>
internal sealed partial class FeedContent
{
    /// <summary>The build's processed images; null (no images) unless the build sets them.</summary>
    public MediaResult? Images { get; init; }

    /// <summary>
    /// The hero of <paramref name="article"/> as a feed enclosure: its default variant in the fallback format (JPEG or
    /// PNG, which every reader shows), absolute, with its length in bytes; null without a hero.
    /// </summary>
    public (string Url, long Length, string Type)? Enclosure(Article article)
    {
        if (Images is null || article.Image is null || !Images.Sets.TryGetValue(article.Image.Source, out var set))
        {
            return null;
        }

        var route = set.Default.FallbackRoute;
        return (Urls.Absolute(route), new FileInfo(Images.FileOf(route)!).Length, set.FallbackType);
    }
}

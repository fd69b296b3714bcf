using Briefing.Model;

namespace Briefing.Output;

/// <summary>The byline of a feed item.</summary>
internal sealed partial class FeedContent
{
    /// <summary>The briefing's authors in byline order, each with the absolute URL of their page; none without authors.</summary>
    public IEnumerable<FeedAuthor> Authors(Article article)
    {
        foreach (var slug in article.Authors)
        {
            yield return new FeedAuthor(Model.Authors[slug].Name, Urls.Absolute(Routes.Author(slug)));
        }
    }
}

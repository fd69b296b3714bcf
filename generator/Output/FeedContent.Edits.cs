using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>serve's quick path: the feed content of the last build, after body edits.</summary>
internal sealed partial class FeedContent
{
    private FeedContent(FeedContent other, LazyBodies bodies, IEnumerable<int> edited)
    {
        Model = other.Model;
        Urls = other.Urls;
        _bodies = bodies;
        _contentHtml = (string?[])other._contentHtml.Clone();
        _rssItems = (byte[]?[])other._rssItems.Clone();
        _keepHtml = other._keepHtml;
        _companies = other._companies;
        _people = other._people;
        _tags = other._tags;
        Images = other.Images; // the enclosures of the items it keeps, and of the edited ones
        foreach (var position in edited)
        {
            _contentHtml[position] = null;
            _rssItems[position] = null;
        }
    }

    /// <summary>
    /// This content with the bodies at <paramref name="edited"/> positions replaced (<paramref name="bodies"/> hold the new
    /// ones): every other item keeps what this build already wrote for it.
    /// </summary>
    public FeedContent WithEdits(LazyBodies bodies, IEnumerable<int> edited) => new(this, bodies, edited);

    /// <summary>Whether the RSS item of the briefing at <paramref name="position"/> is written already.</summary>
    public bool HasItem(int position) => Volatile.Read(ref _rssItems[position]) is not null;
}

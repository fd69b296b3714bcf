using Briefing.Model;

namespace Briefing.Output;

/// <summary>A fresh build's RSS items in a file instead of the heap (<see cref="FeedItemSpill"/>).</summary>
internal sealed partial class FeedContent
{
    private readonly FeedItemSpill? _spill;
    private readonly (long Offset, int Length)[]? _spilled;

    /// <summary>
    /// Where the RSS items go once built, read back by each feed that copies them; unset, they are kept in memory (serve
    /// keeps them between saves, and its quick path reuses them).
    /// </summary>
    public FeedItemSpill? Spill
    {
        get => _spill;
        init
        {
            _spill = value;
            _spilled = value is null ? null : new (long, int)[_rssItems.Length];
        }
    }

    /// <summary>Writes <paramref name="article"/>'s RSS item into <paramref name="stream"/>, built by <paramref name="write"/> if it is not yet.</summary>
    public void CopyRssItem(Stream stream, Article article, Func<string, byte[]> write)
    {
        if (_spill is null)
        {
            stream.Write(RssItem(article, write));
            return;
        }

        var position = Model.PositionOf(article);
        (long, int) range;
        lock (_locks[position % _locks.Length])
        {
            range = Spilled(article, position, write).Range;
        }

        _spill.CopyTo(range, stream);
    }

    /// <summary>The item's range in the spill file, built and stored first when it is not there (its bytes then too). Under its stripe's lock.</summary>
    private (byte[]? Built, (long, int) Range) Spilled(Article article, int position, Func<string, byte[]> write)
    {
        if (_spilled![position] is { Length: > 0 } stored)
        {
            return (null, stored);
        }

        var built = write(ItemHtml(article, position));
        _spilled[position] = _spill!.Append(built);
        return (built, _spilled[position]);
    }
}

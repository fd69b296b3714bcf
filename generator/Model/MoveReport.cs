namespace Briefing.Model;

/// <summary>
/// A move together with every briefing that reports it. Several briefings reporting the same move (same person or
/// group, from, to and date) make one <see cref="MoveReport"/>, not duplicates.
/// </summary>
/// <param name="Articles">The reporting briefings, oldest first (then by slug); never empty.</param>
public sealed record MoveReport(Move Move, IReadOnlyList<Article> Articles)
{
    /// <summary>The move (as the first briefing that reported it has it).</summary>
    public Move Move { get; init; } = Move;

    /// <summary>A move reported by one briefing.</summary>
    public MoveReport(Move move, Article article)
        : this(move, [article])
    {
    }

    /// <summary>The first briefing that reported the move.</summary>
    public Article Article => Articles[0];

    /// <summary>The newest briefing that reported the move: lists of moves sort by it after the move's date.</summary>
    public Article Latest => Articles[^1];

    /// <summary>Newest move first, then the newest report (newest first, then slug), then the mover: one fixed order.</summary>
    public static int CompareNewestFirst(MoveReport a, MoveReport b)
    {
        var byDate = b.Move.Date.CompareTo(a.Move.Date);
        if (byDate != 0)
        {
            return byDate;
        }

        var byArticle = Article.CompareNewestFirst(a.Latest, b.Latest);
        return byArticle != 0 ? byArticle : string.CompareOrdinal(a.Move.Key, b.Move.Key);
    }
}

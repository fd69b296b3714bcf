namespace Briefing.Media.Cards;

/// <summary>
/// Rows [<see cref="Top"/>, <see cref="Last"/>] of a card that only the boxes named by <see cref="Key"/> drew into (the
/// row after their ink included): the same key always gives the same rows, so <see cref="SparseDeflate"/> can copy their
/// Deflate bits from an earlier card (<see cref="DeflateBands"/>).
/// </summary>
internal readonly record struct DeflateBand(int Top, int Last, string Key);

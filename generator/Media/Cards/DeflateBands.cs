namespace Briefing.Media.Cards;

/// <summary>
/// The Deflate bits of bands of rows (<see cref="DeflateBand"/>) already written with one code, by key, for one encoder:
/// a band is kept the second time its key is seen (a title seldom comes back; a label, a date or the site's name does),
/// and copied as bits with its Adler-32 sums combined, instead of being scanned again. Bounded: past
/// <see cref="MaxBands"/> bands, or <see cref="MaxSeen"/> keys seen once, nothing more is kept. The bits written are the
/// same either way (tests compare them with a fresh encoder's).
/// </summary>
internal sealed class DeflateBands
{
    private const int MaxBands = 2048;
    private const int MaxSeen = 16384;

    private readonly Dictionary<string, Piece> _pieces = new(StringComparer.Ordinal);
    private readonly HashSet<int> _seen = [];

    /// <param name="Bits">The band's bits, packed from the least significant bit, and 8 bytes of room after them.</param>
    /// <param name="Sum">The sum of the band's filtered bytes, modulo Adler-32's modulus.</param>
    /// <param name="Weighted">The sum of each byte times its distance from the band's end (1 for the last), modulo the same.</param>
    internal readonly record struct Piece(byte[] Bits, long BitCount, ulong Sum, ulong Weighted);

    /// <summary>How many bands are kept.</summary>
    public int Count => _pieces.Count;

    public bool TryGet(string key, out Piece piece) => _pieces.TryGetValue(key, out piece);

    /// <summary>Whether the band of <paramref name="key"/> should be kept once written (seen before, and room left).</summary>
    public bool Wants(string key) => _pieces.Count < MaxBands && (_seen.Contains(key.GetHashCode(StringComparison.Ordinal)) || Seen(key));

    public void Add(string key, Piece piece) => _pieces[key] = piece;

    private bool Seen(string key)
    {
        if (_seen.Count < MaxSeen)
        {
            _seen.Add(key.GetHashCode(StringComparison.Ordinal));
        }

        return false;
    }
}

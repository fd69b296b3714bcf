namespace Briefing.Media.Cards;

/// <summary>
/// The glyphs a painter drew into the card being encoded, with their precoded rows (<see cref="GlyphRows"/>), sorted into
/// the filtered rows they change: for each row, its cores by position. What they give is only a guess for the encoder:
/// it uses a core only where the row holds exactly its bytes with a zero on each side (another glyph, a box or the
/// canvas' edge may have changed them), so any placement may be added.
/// </summary>
internal sealed class GlyphCores
{
    private readonly List<(GlyphRows Rows, int Column, int Top)> _glyphs = [];
    private readonly GlyphArena _arena;
    private int[] _rowStarts = [];
    private PlacedCore[] _cores = [];
    private int _height;

    /// <param name="arena">Where the bytes and entries of the glyph rows added are.</param>
    public GlyphCores(GlyphArena arena) => _arena = arena;

    /// <summary>Where the glyph rows' records are.</summary>
    public GlyphArena Arena => _arena;

    /// <summary>How many glyphs were added since <see cref="Clear"/>.</summary>
    public int Count => _glyphs.Count;

    public void Clear()
    {
        _glyphs.Clear();
        _height = 0;
    }

    /// <summary>A glyph whose mask's first column and row are at (<paramref name="column"/>, <paramref name="top"/>).</summary>
    public void Add(GlyphRows rows, int column, int top) => _glyphs.Add((rows, column, top));

    /// <summary>Sorts the cores of the glyphs added into the filtered rows 1 to <paramref name="height"/> - 1 of an image.</summary>
    public void Sort(int height)
    {
        _height = height;
        if (_rowStarts.Length < height + 1)
        {
            _rowStarts = new int[height + 1];
        }

        var starts = _rowStarts.AsSpan(0, height + 1);
        starts.Clear();
        var total = 0;
        foreach (var (rows, _, top) in _glyphs)
        {
            var cores = rows.Cores;
            for (var i = 0; i < cores.Length; i += 3)
            {
                if (top + cores[i] > 0 && top + cores[i] < height)
                {
                    starts[top + cores[i]]++;
                    total++;
                }
            }
        }

        if (_cores.Length < total)
        {
            _cores = new PlacedCore[Math.Max(total, _cores.Length * 2)];
        }

        // Each row's count becomes where its cores end, then, as they are placed, where they start.
        for (var y = 1; y <= height; y++)
        {
            starts[y] += starts[y - 1];
        }

        for (var g = _glyphs.Count - 1; g >= 0; g--)
        {
            var (rows, column, top) = _glyphs[g];
            var cores = rows.Cores;
            for (var i = cores.Length - 3; i >= 0; i -= 3)
            {
                var y = top + cores[i];
                if (y > 0 && y < height)
                {
                    _cores[--starts[y]] = new PlacedCore(1 + column + cores[i + 1], cores[i + 2]);
                }
            }
        }

        // In the order added, which is mostly by column: an insertion sort puts the rest in place.
        for (var y = 1; y < height; y++)
        {
            var row = _cores.AsSpan(starts[y], starts[y + 1] - starts[y]);
            for (var i = 1; i < row.Length; i++)
            {
                if (row[i].Start >= row[i - 1].Start)
                {
                    continue;
                }

                var core = row[i];
                var j = i - 1;
                for (; j >= 0 && row[j].Start > core.Start; j--)
                {
                    row[j + 1] = row[j];
                }

                row[j + 1] = core;
            }
        }
    }

    /// <summary>The cores of filtered row <paramref name="y"/>, by position (after <see cref="Sort"/>).</summary>
    public ReadOnlySpan<PlacedCore> Row(int y) =>
        y > 0 && y < _height ? _cores.AsSpan(_rowStarts[y], _rowStarts[y + 1] - _rowStarts[y]) : [];
}

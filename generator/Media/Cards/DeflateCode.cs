namespace Briefing.Media.Cards;

/// <summary>
/// The Huffman codes of one dynamic Deflate block (RFC 1951, 3.2.7) made ready to write: each symbol a card's encoder
/// emits (a literal byte, a copy from one byte back of each length, a length, a distance, the end of the block) as its
/// bits and their count packed in one number (<see cref="DeflateWriter.Put"/>), and the block's header, which describes
/// the codes. Made once per build for every indexed card (<see cref="SocialCards"/>), or once per image.
/// </summary>
internal sealed partial class DeflateCode
{
    /// <summary>Bits from here up hold how many bits an entry writes; below, the bits themselves (at most 48).</summary>
    public const int CountShift = 56;

    private DeflateCode(ulong[] literals, ulong[] nearCopies, ulong[] lengths, ulong[] distances, ulong endOfBlock, ulong[] header)
    {
        Literals = literals;
        NearCopies = nearCopies;
        // As SparseDeflate.Run writes them: a literal, then the rest as literals (fewer than three) or one copy from one byte back.
        ZeroRuns = new ulong[260];
        ZeroRuns[1] = literals[0];
        for (var count = 2; count < ZeroRuns.Length; count++)
        {
            ZeroRuns[count] = count <= 3 ? Then(ZeroRuns[count - 1], literals[0]) : Then(literals[0], nearCopies[count - 1]);
        }

        Lengths = lengths;
        Distances = distances;
        EndOfBlock = endOfBlock;
        Header = header;
    }

    /// <summary>Each byte as a literal.</summary>
    public ulong[] Literals { get; }

    /// <summary>A copy of 3–258 bytes (the index) from one byte back: length code, its extra bits, distance code 0.</summary>
    public ulong[] NearCopies { get; }

    /// <summary>A run of 1–259 zeros (the index): a literal 0, then the rest as literals (fewer than 3) or one copy from one byte back (at most 50 bits).</summary>
    public ulong[] ZeroRuns { get; }

    /// <summary>The length 3–258 (the index) of a copy: its code and extra bits, without a distance.</summary>
    public ulong[] Lengths { get; }

    /// <summary>Each distance code (0–29) without its extra bits.</summary>
    public ulong[] Distances { get; }

    public ulong EndOfBlock { get; }

    /// <summary>The block's first bits (final, dynamic), then the code lengths of both codes, coded.</summary>
    public ulong[] Header { get; }

    /// <summary>
    /// The code for these counts of the literal/length symbols (0–285) and distance codes (0–29): every symbol counted
    /// gets a code no longer than 15 bits, and the same counts always give the same code.
    /// </summary>
    public static DeflateCode Build(ReadOnlySpan<int> literalCounts, ReadOnlySpan<int> distanceCounts)
    {
        var literals = HuffmanCode.Build(literalCounts, 15);
        var distances = HuffmanCode.Build(distanceCounts, 15);
        var literalEntries = new ulong[256];
        for (var value = 0; value < 256; value++)
        {
            literalEntries[value] = Entry(literals.Codes[value], literals.Lengths[value]);
        }

        var distanceEntries = new ulong[DistanceBase.Length];
        for (var d = 0; d < distanceEntries.Length; d++)
        {
            distanceEntries[d] = Entry(distances.Codes[d], distances.Lengths[d]);
        }

        var lengthEntries = new ulong[259];
        var nearCopies = new ulong[259];
        for (var length = 3; length <= 258; length++)
        {
            var code = LengthCodeOf[length - 3];
            var symbol = 257 + code;
            var extra = LengthExtra[code];
            lengthEntries[length] = Entry(literals.Codes[symbol] | ((uint)(length - LengthBase[code]) << literals.Lengths[symbol]), literals.Lengths[symbol] + extra);
            nearCopies[length] = Then(lengthEntries[length], distanceEntries[0]);
        }

        return new DeflateCode(literalEntries, nearCopies, lengthEntries, distanceEntries, Entry(literals.Codes[256], literals.Lengths[256]),
            BlockHeader(literals.Lengths, distances.Lengths));
    }

    /// <summary>The entry of the distance <paramref name="distance"/> (1–32768): its code and extra bits.</summary>
    public ulong Distance(int distance)
    {
        var d = DistanceCode(distance);
        return Then(Distances[d], Entry((uint)(distance - DistanceBase[d]), DistanceExtra[d]));
    }

    /// <summary>The distance code (0–29) of <paramref name="distance"/> (1–32768).</summary>
    public static int DistanceCode(int distance)
    {
        var d = DistanceBase.Length - 1;
        while (DistanceBase[d] > distance)
        {
            d--;
        }

        return d;
    }

    /// <summary>The length code (0–28, symbol 257 + it) of <paramref name="length"/> (3–258).</summary>
    public static int LengthCode(int length) => LengthCodeOf[length - 3];

    /// <summary>An entry that writes the low <paramref name="count"/> bits of <paramref name="bits"/>.</summary>
    public static ulong Entry(ulong bits, int count) => bits | ((ulong)count << CountShift);

    /// <summary>One entry, then another, as one (their bits together at most 48).</summary>
    internal static ulong Then(ulong first, ulong second)
    {
        var count = (int)(first >> CountShift);
        return Entry((first & ((1UL << CountShift) - 1)) | ((second & ((1UL << CountShift) - 1)) << count), count + (int)(second >> CountShift));
    }
}

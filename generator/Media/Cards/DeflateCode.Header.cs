namespace Briefing.Media.Cards;

internal sealed partial class DeflateCode
{
    /// <summary>The order in which a dynamic block lists the code lengths' own code lengths (RFC 1951, 3.2.7).</summary>
    private static ReadOnlySpan<byte> CodeLengthOrder => [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    /// <summary>A final dynamic block's header: its type, how many codes of each kind, and their lengths, themselves coded.</summary>
    private static ulong[] BlockHeader(byte[] literalLengths, byte[] distanceLengths)
    {
        var literalCount = Math.Max(257, LastUsed(literalLengths) + 1);
        var distanceCount = LastUsed(distanceLengths) + 1;
        var (runs, runCounts) = RunLengths([.. literalLengths.AsSpan(0, literalCount), .. distanceLengths.AsSpan(0, distanceCount)]);
        var lengthCode = HuffmanCode.Build(runCounts, 7);
        var orderCount = 19;
        while (orderCount > 4 && lengthCode.Lengths[CodeLengthOrder[orderCount - 1]] == 0)
        {
            orderCount--;
        }

        var header = new List<ulong>
        {
            Entry(0b101, 3), // final, dynamic Huffman
            Entry((uint)(literalCount - 257), 5),
            Entry((uint)(distanceCount - 1), 5),
            Entry((uint)(orderCount - 4), 4),
        };

        for (var i = 0; i < orderCount; i++)
        {
            header.Add(Entry(lengthCode.Lengths[CodeLengthOrder[i]], 3));
        }

        foreach (var run in runs)
        {
            var symbol = run & 0x1F;
            header.Add(Entry(lengthCode.Codes[symbol], lengthCode.Lengths[symbol]));
            header.Add(Entry((uint)(run >> 16), (run >> 8) & 0xFF));
        }

        return [.. header];
    }

    private static int LastUsed(byte[] lengths)
    {
        var last = lengths.Length - 1;
        while (last > 0 && lengths[last] == 0)
        {
            last--;
        }

        return last;
    }

    /// <summary>
    /// The code lengths as code-length symbols (RFC 1951, 3.2.7): 0–15 a length, 16 the previous one 3–6 times, 17 and 18
    /// zeros 3–10 and 11–138 times. Each as symbol | extra bits' count &lt;&lt; 8 | their value &lt;&lt; 16; with the symbols' counts.
    /// </summary>
    private static (List<int> Runs, int[] Counts) RunLengths(ReadOnlySpan<byte> lengths)
    {
        var runs = new List<int>();
        var counts = new int[19];
        for (var i = 0; i < lengths.Length;)
        {
            var length = lengths[i];
            var same = 1;
            while (i + same < lengths.Length && lengths[i + same] == length)
            {
                same++;
            }

            i += same;
            if (length == 0)
            {
                for (; same >= 11; same -= Math.Min(same, 138))
                {
                    Run(18, 7, Math.Min(same, 138) - 11);
                }

                if (same >= 3)
                {
                    Run(17, 3, same - 3);
                    same = 0;
                }
            }
            else
            {
                Run(length, 0, 0);
                same--;
                for (; same >= 3; same -= Math.Min(same, 6))
                {
                    Run(16, 2, Math.Min(same, 6) - 3);
                }
            }

            for (; same > 0; same--)
            {
                Run(length, 0, 0);
            }
        }

        return (runs, counts);

        void Run(int symbol, int extraBits, int extra)
        {
            runs.Add(symbol | (extraBits << 8) | (extra << 16));
            counts[symbol]++;
        }
    }
}

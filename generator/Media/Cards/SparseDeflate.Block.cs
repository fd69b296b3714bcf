using System.Buffers.Binary;

namespace Briefing.Media.Cards;

internal sealed partial class SparseDeflate
{
    /// <summary>The order in which a dynamic block lists the code lengths' own code lengths (RFC 1951, 3.2.7).</summary>
    private static ReadOnlySpan<byte> CodeLengthOrder => [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    /// <summary>The zlib header, one final dynamic-Huffman block of the symbols, and the checksum.</summary>
    private byte[] Write()
    {
        var literals = HuffmanCode.Build(_literalCounts, 15);
        var distances = HuffmanCode.Build(_distanceCounts, 15);
        var literalCount = Math.Max(257, LastUsed(literals.Lengths) + 1);
        var distanceCount = LastUsed(distances.Lengths) + 1;
        var lengths = literals.Lengths.AsSpan(0, literalCount).ToArray().Concat(distances.Lengths.AsSpan(0, distanceCount).ToArray()).ToArray();
        var (runs, runCounts) = RunLengths(lengths);
        var lengthCode = HuffmanCode.Build(runCounts, 7);
        var orderCount = 19;
        while (orderCount > 4 && lengthCode.Lengths[CodeLengthOrder[orderCount - 1]] == 0)
        {
            orderCount--;
        }

        long bits = 3 + 14 + (3 * orderCount);
        foreach (var run in runs)
        {
            bits += lengthCode.Lengths[run & 0x1F] + ((run >> 8) & 0xFF);
        }

        for (var s = 0; s < _literalCounts.Length; s++)
        {
            bits += (long)_literalCounts[s] * (literals.Lengths[s] + (s > EndOfBlock ? LengthExtra[s - 257] : 0));
        }

        for (var d = 0; d < _distanceCounts.Length; d++)
        {
            bits += (long)_distanceCounts[d] * (distances.Lengths[d] + DistanceExtra[d]);
        }

        // 2 header bytes, the block, 4 checksum bytes, and room for the writer's eight-byte stores.
        var output = new byte[2 + (int)((bits + 7) / 8) + 4 + 8];
        output[0] = 0x78; // Deflate, 32 KiB window
        output[1] = 0x01; // fastest; (0x78 << 8 | 0x01) is a multiple of 31
        var writer = new BitWriter(output, 2);
        writer.Put(0b101, 3); // final, dynamic Huffman
        writer.Put((uint)(literalCount - 257), 5);
        writer.Put((uint)(distanceCount - 1), 5);
        writer.Put((uint)(orderCount - 4), 4);
        for (var i = 0; i < orderCount; i++)
        {
            writer.Put(lengthCode.Lengths[CodeLengthOrder[i]], 3);
        }

        foreach (var run in runs)
        {
            var symbol = run & 0x1F;
            writer.Put(lengthCode.Codes[symbol], lengthCode.Lengths[symbol]);
            writer.Put((uint)(run >> 16), run >> 8 & 0xFF);
        }

        Symbols(ref writer, literals, distances);
        writer.Flush();
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(writer.Position), (uint)((_adlerB << 16) | _adlerA));
        return output.AsSpan(0, writer.Position + 4).ToArray();
    }

    private void Symbols(ref BitWriter writer, HuffmanCode literals, HuffmanCode distances)
    {
        // Indexed by the symbol's full 9 bits. A literal's value has no bits from 9 up, so its extra bits are none.
        Span<uint> codes = stackalloc uint[512];
        Span<byte> lengths = stackalloc byte[512];
        Span<byte> extras = stackalloc byte[512];
        Span<byte> isLength = stackalloc byte[512];
        for (var s = 0; s < literals.Codes.Length; s++)
        {
            codes[s] = literals.Codes[s];
            lengths[s] = literals.Lengths[s];
            extras[s] = s > EndOfBlock ? LengthExtra[s - 257] : (byte)0;
            isLength[s] = (byte)(s > EndOfBlock ? 1 : 0);
        }

        Span<uint> distanceCodes = stackalloc uint[32];
        Span<byte> distanceLengths = stackalloc byte[32];
        for (var d = 0; d < distances.Codes.Length; d++)
        {
            distanceCodes[d] = distances.Codes[d];
            distanceLengths[d] = distances.Lengths[d];
        }

        writer.PutSymbols(_symbols.AsSpan(0, _count), codes, lengths, extras, isLength, distanceCodes, distanceLengths, [.. DistanceExtra, 0, 0]);
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

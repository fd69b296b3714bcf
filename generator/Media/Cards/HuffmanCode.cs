namespace Briefing.Media.Cards;

/// <summary>
/// A length-limited canonical Huffman code (RFC 1951, 3.2.2) for one Deflate alphabet: each symbol's length and its
/// code with the bits reversed (Deflate writes codes most significant bit first into a stream filled from the least
/// significant bit). Lengths over the limit are folded back as miniz does. Ties are broken by symbol, so the same
/// counts always give the same code.
/// </summary>
internal sealed class HuffmanCode
{
    private HuffmanCode(byte[] lengths, ushort[] codes)
    {
        Lengths = lengths;
        Codes = codes;
    }

    public byte[] Lengths { get; }

    /// <summary>Bit-reversed codes, ready to be written least significant bit first.</summary>
    public ushort[] Codes { get; }

    /// <summary>The code for <paramref name="counts"/>; every symbol counted gets a code, and at least two symbols do (a complete code).</summary>
    public static HuffmanCode Build(ReadOnlySpan<int> counts, int limit)
    {
        var lengths = new byte[counts.Length];
        var used = new List<long>(counts.Length);
        for (var s = 0; s < counts.Length; s++)
        {
            if (counts[s] > 0)
            {
                used.Add(((long)counts[s] << 16) | (uint)s);
            }
        }

        // One symbol alone would make an incomplete code, which inflate refuses for code lengths: add a second.
        for (var s = 0; used.Count < 2; s++)
        {
            if (counts[s] == 0)
            {
                used.Add(s);
            }
        }

        used.Sort();
        var depths = Depths(used);
        Limit(depths, limit);
        // The rarest symbols take the longest lengths.
        var next = 0;
        for (var length = limit; length >= 1; length--)
        {
            for (var k = 0; k < depths[length]; k++)
            {
                lengths[(int)(used[next++] & 0xFFFF)] = (byte)length;
            }
        }

        return new HuffmanCode(lengths, Canonical(lengths, limit));
    }

    /// <summary>How many leaves of a Huffman tree over <paramref name="sorted"/> (ascending counts) sit at each depth (two-queue construction).</summary>
    private static int[] Depths(List<long> sorted)
    {
        var n = sorted.Count;
        var weight = new long[(2 * n) - 1];
        var parent = new int[(2 * n) - 1];
        for (var i = 0; i < n; i++)
        {
            weight[i] = sorted[i] >> 16;
        }

        int leaf = 0, inner = n, made = n;
        for (; made < (2 * n) - 1; made++)
        {
            for (var child = 0; child < 2; child++)
            {
                var take = leaf < n && (inner >= made || weight[leaf] <= weight[inner]) ? leaf++ : inner++;
                weight[made] += weight[take];
                parent[take] = made;
            }
        }

        var depth = new int[(2 * n) - 1];
        var counts = new int[Math.Max(n, 16) + 1];
        for (var i = (2 * n) - 3; i >= 0; i--)
        {
            depth[i] = depth[parent[i]] + 1;
        }

        for (var i = 0; i < n; i++)
        {
            counts[depth[i]]++;
        }

        return counts;
    }

    /// <summary>Folds depths over <paramref name="limit"/> back into a complete code no longer than it (miniz's method).</summary>
    private static void Limit(int[] counts, int limit)
    {
        for (var i = limit + 1; i < counts.Length; i++)
        {
            counts[limit] += counts[i];
            counts[i] = 0;
        }

        long total = 0;
        for (var i = 1; i <= limit; i++)
        {
            total += (long)counts[i] << (limit - i);
        }

        for (; total > 1L << limit; total--)
        {
            counts[limit]--;
            for (var i = limit - 1; i > 0; i--)
            {
                if (counts[i] > 0)
                {
                    counts[i]--;
                    counts[i + 1] += 2;
                    break;
                }
            }
        }
    }

    private static ushort[] Canonical(byte[] lengths, int limit)
    {
        var perLength = new int[limit + 1];
        foreach (var length in lengths)
        {
            perLength[length]++;
        }

        perLength[0] = 0;
        var next = new int[limit + 2];
        for (int length = 1, code = 0; length <= limit; length++)
        {
            code = (code + perLength[length - 1]) << 1;
            next[length] = code;
        }

        var codes = new ushort[lengths.Length];
        for (var s = 0; s < lengths.Length; s++)
        {
            if (lengths[s] > 0)
            {
                var code = next[lengths[s]]++;
                var reversed = 0;
                for (var b = 0; b < lengths[s]; b++)
                {
                    reversed = (reversed << 1) | ((code >> b) & 1);
                }

                codes[s] = (ushort)reversed;
            }
        }

        return codes;
    }
}

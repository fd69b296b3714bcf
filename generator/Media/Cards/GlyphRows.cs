using System.Buffers.Binary;
using System.Runtime.Intrinsics;

namespace Briefing.Media.Cards;

/// <summary>
/// A glyph's filtered rows written once with a card code: for each row of the "Up"-filtered image that the glyph changes
/// (its mask's rows and the row after), drawn as shades over a background of one index, the part from its first to its
/// last nonzero byte (its core), that core's Deflate bits as <see cref="SparseDeflate"/>'s scan writes them, and its
/// Adler-32 sums. A core that has a zero before and after it in a filtered row is written with the same symbols whatever
/// surrounds it (no run of four equal bytes, and so no symbol, crosses a zero next to a nonzero byte), so where a card's
/// filtered row holds exactly these bytes there, the row writer (<see cref="DeflateWriter"/>) appends the bits instead
/// of scanning the bytes: the same stream, a store or two instead of a symbol a byte. The bytes and bits are kept in a
/// painter's <see cref="GlyphArena"/>.
/// </summary>
internal sealed class GlyphRows
{
    private GlyphRows(int firstCode, int[] coded, int[] starts)
    {
        FirstCode = firstCode;
        Coded = coded;
        Starts = starts;
    }

    /// <summary>The arena's core (<see cref="GlyphArena.Codes"/>) of the first row in <see cref="Coded"/>; the others follow it.</summary>
    public int FirstCode { get; }

    /// <summary>The filtered rows (0: the mask's first row against the background above it) that have a core, in order.</summary>
    public int[] Coded { get; }

    /// <summary>Where each of those cores starts among the mask's columns.</summary>
    public int[] Starts { get; }

    /// <summary>
    /// The rows of <paramref name="mask"/> drawn with level 1 at <paramref name="firstShade"/> over <paramref name="background"/>
    /// (an index below the shades), written with <paramref name="code"/>; their bytes and bits added to <paramref name="arena"/>.
    /// </summary>
    public static GlyphRows Make(GlyphMask mask, byte firstShade, byte background, DeflateCode code, GlyphArena arena)
    {
        var (width, height) = (mask.Width, mask.Height);
        var levels = mask.Levels;
        var firstCode = arena.CodeCount;
        var coded = new List<int>();
        var starts = new List<int>();
        var filtered = new byte[width];
        // A core, then a nonzero byte where the scan's search for ink stops, then zeros it may read past.
        var padded = new byte[width + 1 + (4 * 16) + 16];
        var bits = new byte[(2 * (width + 1)) + 64];
        for (var r = 0; r <= height; r++)
        {
            for (var c = 0; c < width; c++)
            {
                var current = r < height ? levels[(r * width) + c] : 0;
                var above = r > 0 ? levels[((r - 1) * width) + c] : 0;
                filtered[c] = (byte)(IndexOf(current, firstShade, background) - IndexOf(above, firstShade, background));
            }

            var start = filtered.AsSpan().IndexOfAnyExcept((byte)0);
            if (start < 0)
            {
                continue;
            }

            var length = filtered.AsSpan().LastIndexOfAnyExcept((byte)0) + 1 - start;
            padded.AsSpan().Clear();
            filtered.AsSpan(start, length).CopyTo(padded);
            padded[length] = 1;
            var writer = new DeflateWriter(code, bits, 0);
            var (sum, weighted) = writer.Row(padded, length, 0, 0);
            var bytesAt = arena.Add(filtered.AsSpan(start, length));
            var entriesAt = arena.EntryCount;
            for (var from = 0L; from < writer.BitPosition; from += DeflateWriter.ChunkBits)
            {
                var take = (int)Math.Min(writer.BitPosition - from, DeflateWriter.ChunkBits);
                var chunk = BinaryPrimitives.ReadUInt64LittleEndian(bits.AsSpan((int)(from / 8))) >> (int)(from % 8);
                arena.Add(DeflateCode.Entry(chunk & ((1UL << take) - 1), take));
            }

            arena.Add(new RowCore(length, bytesAt, entriesAt, arena.EntryCount - entriesAt, (uint)sum, (uint)weighted));
            coded.Add(r);
            starts.Add(start);
        }

        return new GlyphRows(firstCode, [.. coded], [.. starts]);
    }

    private static int IndexOf(int level, byte firstShade, byte background) => level == 0 ? background : firstShade + level - 1;
}

/// <summary>
/// A glyph row's core: its <see cref="Length"/> bytes (in a <see cref="GlyphArena"/> from <see cref="BytesAt"/>), the
/// Deflate entries that write them (from <see cref="EntriesAt"/>) and their Adler-32 sums: the sum, and each byte times
/// its distance from the end (1 for the last).
/// </summary>
internal readonly record struct RowCore(int Length, int BytesAt, int EntriesAt, int EntryCount, uint Sum, uint Weighted);

/// <summary>The core <see cref="Code"/> (<see cref="GlyphArena.Codes"/>) placed at <see cref="Start"/> in a filtered row (the filter byte is position 0).</summary>
internal readonly record struct PlacedCore(int Start, int Code);

/// <summary>The bytes and Deflate entries of one painter's glyph rows (<see cref="GlyphRows"/>), in two arrays that grow.</summary>
internal sealed class GlyphArena
{
    /// <summary>The cores' bytes, then at least 16 zeros (read past by the encoder's comparisons).</summary>
    public byte[] Bytes { get; private set; } = new byte[64 << 10];

    public ulong[] Entries { get; private set; } = new ulong[8 << 10];

    /// <summary>The glyph rows' cores.</summary>
    public RowCore[] Codes { get; private set; } = new RowCore[4 << 10];

    public int CodeCount { get; private set; }

    public int ByteCount { get; private set; }

    public int EntryCount { get; private set; }

    /// <summary>What the arena holds, in bytes.</summary>
    public long Size => Bytes.Length + (Entries.Length * 8L) + (Codes.Length * 24L);

    public void Add(RowCore code)
    {
        if (CodeCount == Codes.Length)
        {
            var larger = new RowCore[Codes.Length * 2];
            Codes.CopyTo(larger, 0);
            Codes = larger;
        }

        Codes[CodeCount++] = code;
    }

    /// <summary>Adds <paramref name="bytes"/>; returns where they start.</summary>
    public int Add(ReadOnlySpan<byte> bytes)
    {
        if (ByteCount + bytes.Length + Vector128<byte>.Count > Bytes.Length)
        {
            var larger = new byte[Math.Max(Bytes.Length * 2, ByteCount + bytes.Length + Vector128<byte>.Count)];
            Bytes.AsSpan(0, ByteCount).CopyTo(larger);
            Bytes = larger;
        }

        bytes.CopyTo(Bytes.AsSpan(ByteCount));
        ByteCount += bytes.Length;
        return ByteCount - bytes.Length;
    }

    public void Add(ulong entry)
    {
        if (EntryCount == Entries.Length)
        {
            var larger = new ulong[Entries.Length * 2];
            Entries.CopyTo(larger, 0);
            Entries = larger;
        }

        Entries[EntryCount++] = entry;
    }
}

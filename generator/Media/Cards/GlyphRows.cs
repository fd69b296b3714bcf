using System.Buffers.Binary;
using System.Runtime.InteropServices;
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
    private GlyphRows(int[] cores) => Cores = cores;

    /// <summary>
    /// For each filtered row that has a core, in order, three numbers: the row (0: the mask's first row against the
    /// background above it), where the core starts among the mask's columns, and where its record is in the arena.
    /// </summary>
    public int[] Cores { get; }

    /// <summary>
    /// The rows of <paramref name="mask"/> drawn with level 1 at <paramref name="firstShade"/> over <paramref name="background"/>
    /// (an index below the shades), written with <paramref name="code"/>; their records added to <paramref name="arena"/>.
    /// </summary>
    public static GlyphRows Make(GlyphMask mask, byte firstShade, byte background, DeflateCode code, GlyphArena arena)
    {
        var (width, height) = (mask.Width, mask.Height);
        var levels = mask.Levels;
        var cores = new List<int>();
        var filtered = new byte[width];
        // A core, then a nonzero byte where the scan's search for ink stops, then zeros it may read past.
        var padded = new byte[width + 1 + (4 * 16) + 16];
        var bits = new byte[(2 * (width + 1)) + 64];
        var entries = new List<ulong>();
        for (var r = 0; r <= height; r++)
        {
            Filter(r < height ? levels.AsSpan(r * width, width) : [], r > 0 ? levels.AsSpan((r - 1) * width, width) : [], firstShade, background, filtered);

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
            entries.Clear();
            for (var from = 0L; from < writer.BitPosition; from += DeflateWriter.ChunkBits)
            {
                var take = (int)Math.Min(writer.BitPosition - from, DeflateWriter.ChunkBits);
                var chunk = BinaryPrimitives.ReadUInt64LittleEndian(bits.AsSpan((int)(from / 8))) >> (int)(from % 8);
                entries.Add(DeflateCode.Entry(chunk & ((1UL << take) - 1), take));
            }

            cores.AddRange([r, start, arena.Add(new RowCore(length, entries.Count, (uint)sum, (uint)weighted), CollectionsMarshal.AsSpan(entries), filtered.AsSpan(start, length))]);
        }

        return new GlyphRows([.. cores]);
    }

    /// <summary>
    /// The Up-filtered row of <paramref name="current"/>'s levels under <paramref name="above"/>'s (empty: the mask's
    /// edge, all background) as indices: a level 0 is <paramref name="background"/>, a level l is firstShade + l - 1.
    /// </summary>
    internal static void Filter(ReadOnlySpan<byte> current, ReadOnlySpan<byte> above, byte firstShade, byte background, Span<byte> filtered)
    {
        var (shade, ground) = (Vector128.Create((byte)(firstShade - 1)), Vector128.Create(background));
        var c = 0;
        for (; c <= filtered.Length - Vector128<byte>.Count; c += Vector128<byte>.Count)
        {
            Vector128.Subtract(IndicesOf(current, c, shade, ground), IndicesOf(above, c, shade, ground)).CopyTo(filtered[c..]);
        }

        for (; c < filtered.Length; c++)
        {
            filtered[c] = (byte)(IndexOf(current.IsEmpty ? 0 : current[c], firstShade, background) - IndexOf(above.IsEmpty ? 0 : above[c], firstShade, background));
        }
    }

    private static Vector128<byte> IndicesOf(ReadOnlySpan<byte> levels, int at, Vector128<byte> shade, Vector128<byte> ground)
    {
        if (levels.IsEmpty)
        {
            return ground;
        }

        var level = Vector128.Create(levels.Slice(at, Vector128<byte>.Count));
        return Vector128.ConditionalSelect(Vector128.Equals(level, Vector128<byte>.Zero), ground, level + shade);
    }

    private static int IndexOf(int level, byte firstShade, byte background) => level == 0 ? background : firstShade + level - 1;
}

/// <summary>
/// A glyph row's core as its record in a <see cref="GlyphArena"/> starts: its <see cref="Length"/> bytes, how many
/// Deflate entries write them, and their Adler-32 sums: the sum, and each byte times its distance from the end (1 for the last).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct RowCore(int Length, int EntryCount, uint Sum, uint Weighted)
{
    /// <summary>The size of a record's head: the entries follow it, then the bytes.</summary>
    public const int Size = 16;
}

/// <summary>A core whose record is at <see cref="Record"/> in a <see cref="GlyphArena"/>, placed at <see cref="Start"/> in a filtered row (the filter byte is position 0).</summary>
internal readonly record struct PlacedCore(int Start, int Record);

/// <summary>
/// The records of one painter's glyph rows (<see cref="GlyphRows"/>), one after the other in an array that grows, each
/// read whole by the encoder: a <see cref="RowCore"/>, its entries (eight bytes each), its bytes, zeros to a multiple of 8.
/// </summary>
internal sealed class GlyphArena
{
    /// <summary>
    /// The records, then at least 16 zeros (read past by the encoder's comparisons). On the pinned heap: a painter keeps
    /// it for the whole build, and no collection copies it from generation to generation as it grows.
    /// </summary>
    public byte[] Data { get; private set; } = GC.AllocateArray<byte>(1 << 20, pinned: true);

    public int Used { get; private set; }

    /// <summary>Adds a record; returns where it starts.</summary>
    public int Add(RowCore core, ReadOnlySpan<ulong> entries, ReadOnlySpan<byte> bytes)
    {
        var size = (RowCore.Size + (entries.Length * 8) + bytes.Length + 7) & ~7;
        if (Used + size + Vector128<byte>.Count > Data.Length)
        {
            // Doubled and uncleared (fresh pages are touched once, as records are written): what is past the records is
            // only read by comparisons that mask it off, and the record's zero padding and the 16 bytes after it are written.
            var larger = GC.AllocateUninitializedArray<byte>(Math.Max(2 * Data.Length, Used + size + Vector128<byte>.Count), pinned: true);
            Data.AsSpan(0, Used).CopyTo(larger);
            Data = larger;
        }

        var at = Used;
        Data.AsSpan(at, size + Vector128<byte>.Count).Clear();
        MemoryMarshal.Write(Data.AsSpan(at), in core);
        MemoryMarshal.AsBytes(entries).CopyTo(Data.AsSpan(at + RowCore.Size));
        bytes.CopyTo(Data.AsSpan(at + RowCore.Size + (entries.Length * 8)));
        Used += size;
        return at;
    }
}

using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Numerics;

namespace Briefing.Media.Cards;

/// <summary>
/// Encodes cards as PNG, fast: every row filtered with PNG's "Up" filter (the difference from the row above,
/// vectorized). A card without a photo is an indexed image (one byte a pixel, <see cref="EncodeIndexed"/>), deflated by
/// <see cref="SparseDeflate"/>, which works in the stretches of zeros that the filter leaves around the ink (zlib spent
/// most of a card's time on them). A card with a photo (RGBA) goes through zlib at level 1 with run-length matching
/// only. The bytes depend only on the pixels.
/// </summary>
public static class PngEncoder
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>An opaque RGBA image (a card with a photo).</summary>
    public static byte[] Encode(ReadOnlySpan<byte> rgba, int width, int height) => Write(ZLib(rgba, width * 4, height).AsSpan(), width, height, colourType: 6, []);

    /// <summary>An image of indices into <paramref name="palette"/> (RGB, <c>0x00rrggbb</c>), at most 256 entries.</summary>
    public static byte[] EncodeIndexed(ReadOnlySpan<byte> indices, int width, int height, ReadOnlySpan<uint> palette) =>
        Write(width <= SparseDeflate.MaxStride ? SparseDeflate.Compress(indices, width, height) : ZLib(indices, width, height).AsSpan(), width, height, colourType: 3, palette);

    /// <summary>The rows filtered and compressed by zlib (a card with a photo).</summary>
    private static ArraySegment<byte> ZLib(ReadOnlySpan<byte> pixels, int stride, int height)
    {
        var idat = new MemoryStream(32 * 1024);
        var options = new ZLibCompressionOptions { CompressionLevel = 1, CompressionStrategy = ZLibCompressionStrategy.RunLengthEncoding };
        using (var zlib = new ZLibStream(idat, options, leaveOpen: true))
        {
            var row = new byte[1 + stride];
            for (var y = 0; y < height; y++)
            {
                var current = pixels.Slice(y * stride, stride);
                var filtered = row.AsSpan(1);
                if (y == 0)
                {
                    row[0] = 0; // None
                    current.CopyTo(filtered);
                }
                else
                {
                    row[0] = 2; // Up
                    Subtract(current, pixels.Slice((y - 1) * stride, stride), filtered);
                }

                zlib.Write(row);
            }
        }

        return new ArraySegment<byte>(idat.GetBuffer(), 0, (int)idat.Length);
    }

    /// <summary>An indexed image whose zlib stream is already made, as a new array.</summary>
    internal static byte[] Indexed(ReadOnlySpan<byte> zlib, int width, int height, ReadOnlySpan<uint> palette) => Write(zlib, width, height, colourType: 3, palette);

    /// <summary>
    /// An indexed image whose zlib stream is already made (a card: <see cref="CardPainter"/>), written into
    /// <paramref name="into"/> (grown when too short; a painter keeps it from card to card instead of a new array each):
    /// the PNG is its first bytes, as many as returned.
    /// </summary>
    internal static int Indexed(ref byte[] into, ReadOnlySpan<byte> zlib, int width, int height, ReadOnlySpan<uint> palette)
    {
        var size = Size(zlib, palette);
        if (into.Length < size)
        {
            into = GC.AllocateUninitializedArray<byte>(Math.Max(size, into.Length * 2));
        }

        Write(into.AsSpan(0, size), zlib, width, height, colourType: 3, palette);
        return size;
    }

    private static byte[] Write(ReadOnlySpan<byte> idat, int width, int height, byte colourType, ReadOnlySpan<uint> palette)
    {
        // Every byte is written below: not cleared first.
        var png = GC.AllocateUninitializedArray<byte>(Size(idat, palette));
        Write(png, idat, width, height, colourType, palette);
        return png;
    }

    private static int Size(ReadOnlySpan<byte> idat, ReadOnlySpan<uint> palette) =>
        Signature.Length + (12 + 13) + (palette.Length > 0 ? 12 + (palette.Length * 3) : 0) + (12 + idat.Length) + 12;

    /// <summary>Writes the PNG into <paramref name="png"/>, exactly <see cref="Size"/> bytes long.</summary>
    private static void Write(Span<byte> png, ReadOnlySpan<byte> idat, int width, int height, byte colourType, ReadOnlySpan<uint> palette)
    {
        Signature.CopyTo(png);
        var at = Signature.Length;
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per sample (per index)
        header[9] = colourType;
        at = Chunk(png, at, "IHDR"u8, header);
        if (palette.Length > 0)
        {
            Span<byte> plte = stackalloc byte[palette.Length * 3];
            for (var i = 0; i < palette.Length; i++)
            {
                plte[i * 3] = (byte)(palette[i] >> 16);
                plte[(i * 3) + 1] = (byte)(palette[i] >> 8);
                plte[(i * 3) + 2] = (byte)palette[i];
            }

            at = Chunk(png, at, "PLTE"u8, plte);
        }

        at = Chunk(png, at, "IDAT"u8, idat);
        Chunk(png, at, "IEND"u8, []);
    }

    /// <summary>PNG's "Up" filter: each byte minus the one above it, vectorized.</summary>
    internal static void Subtract(ReadOnlySpan<byte> current, ReadOnlySpan<byte> above, Span<byte> into)
    {
        var i = 0;
        for (; i <= current.Length - Vector<byte>.Count; i += Vector<byte>.Count)
        {
            (new Vector<byte>(current[i..]) - new Vector<byte>(above[i..])).CopyTo(into[i..]);
        }

        for (; i < current.Length; i++)
        {
            into[i] = (byte)(current[i] - above[i]);
        }
    }

    /// <summary>Writes a chunk into <paramref name="png"/> at <paramref name="at"/>; returns where the next one starts.</summary>
    private static int Chunk(Span<byte> png, int at, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        BinaryPrimitives.WriteInt32BigEndian(png[at..], data.Length);
        type.CopyTo(png[(at + 4)..]);
        data.CopyTo(png[(at + 8)..]);
        var crc = Crc32.HashToUInt32(png.Slice(at + 4, 4 + data.Length));
        BinaryPrimitives.WriteUInt32BigEndian(png[(at + 8 + data.Length)..], crc);
        return at + 12 + data.Length;
    }
}

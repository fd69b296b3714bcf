using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Numerics;

namespace Briefing.Media.Cards;

/// <summary>
/// Encodes an opaque RGBA image as PNG, fast: every row filtered with PNG's "Up" filter (the difference from the row
/// above, vectorized), compressed by zlib level 2. A card is a flat background with text, so most rows equal the one
/// above and filter to zeros. Measured against Skia's PNG and JPEG encoders in docs/performance.md: about a third of
/// their CPU time for a file of the same size. The bytes depend only on the pixels.
/// </summary>
public static class PngEncoder
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Encode(ReadOnlySpan<byte> rgba, int width, int height)
    {
        var stride = width * 4;
        var idat = new MemoryStream(64 * 1024);
        using (var zlib = new ZLibStream(idat, new ZLibCompressionOptions { CompressionLevel = 2 }, leaveOpen: true))
        {
            var row = new byte[1 + stride];
            for (var y = 0; y < height; y++)
            {
                var current = rgba.Slice(y * stride, stride);
                var filtered = row.AsSpan(1);
                if (y == 0)
                {
                    row[0] = 0; // None
                    current.CopyTo(filtered);
                }
                else
                {
                    row[0] = 2; // Up
                    Subtract(current, rgba.Slice((y - 1) * stride, stride), filtered);
                }

                zlib.Write(row);
            }
        }

        var output = new MemoryStream((int)idat.Length + 64);
        output.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per channel
        header[9] = 6; // RGBA
        Chunk(output, "IHDR"u8, header);
        Chunk(output, "IDAT"u8, idat.GetBuffer().AsSpan(0, (int)idat.Length));
        Chunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static void Subtract(ReadOnlySpan<byte> current, ReadOnlySpan<byte> above, Span<byte> into)
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

    private static void Chunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        output.Write(type);
        output.Write(data);
        var crc = new Crc32();
        crc.Append(type);
        crc.Append(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, crc.GetCurrentHashAsUInt32());
        output.Write(number);
    }
}

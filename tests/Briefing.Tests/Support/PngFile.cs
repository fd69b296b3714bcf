using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Briefing.Tests.Support;

/// <summary>
/// Reads and writes PNG files in tests without the generator's encoder: the chunks, the image data inflated by
/// System.IO.Compression (which checks zlib's Adler-32) and unfiltered, and a reference encoding of the same pixels by
/// zlib, as the generator wrote cards before its own Deflate encoder.
/// </summary>
public static class PngFile
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Each chunk's type and data, in order; fails on a wrong CRC.</summary>
    public static List<(string Type, byte[] Data)> Chunks(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(Signature), "PNG signature");
        var chunks = new List<(string, byte[])>();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var typeAndData = png.AsSpan(at + 4, 4 + length);
            Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length)), Crc32.HashToUInt32(typeAndData));
            chunks.Add((System.Text.Encoding.ASCII.GetString(typeAndData[..4]), typeAndData[4..].ToArray()));
            at += 12 + length;
        }

        return chunks;
    }

    /// <summary>The image's rows unfiltered (None and Up only: the filters the generator writes), <paramref name="stride"/> bytes each.</summary>
    public static byte[] Pixels(byte[] png, int stride, int height)
    {
        var idat = Chunks(png).Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray();
        using var zlib = new ZLibStream(new MemoryStream(idat), CompressionMode.Decompress);
        var filtered = new MemoryStream();
        zlib.CopyTo(filtered);
        Assert.Equal((stride + 1) * height, filtered.Length);
        var rows = filtered.ToArray();
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = rows[y * (stride + 1)];
            Assert.True(filter is 0 or 2, $"row {y} has filter {filter}");
            for (var x = 0; x < stride; x++)
            {
                var above = filter == 2 && y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                pixels[(y * stride) + x] = (byte)(rows[(y * (stride + 1)) + 1 + x] + above);
            }
        }

        return pixels;
    }

    /// <summary><paramref name="png"/> with its image data replaced by zlib's encoding of <paramref name="pixels"/> (every row filtered with None).</summary>
    public static byte[] WithZLibData(byte[] png, byte[] pixels, int stride, int height)
    {
        var data = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.WriteByte(0);
                zlib.Write(pixels, y * stride, stride);
            }
        }

        var output = new MemoryStream();
        output.Write(Signature);
        foreach (var (type, chunk) in Chunks(png).Where(c => c.Type != "IDAT"))
        {
            if (type == "IEND")
            {
                Write(output, "IDAT", data.ToArray());
            }

            Write(output, type, chunk);
        }

        return output.ToArray();
    }

    private static void Write(Stream output, string type, byte[] data)
    {
        var typeAndData = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        output.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.HashToUInt32(typeAndData));
        output.Write(number);
    }
}

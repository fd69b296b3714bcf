using System.Buffers.Binary;

namespace Briefing.Media.Cards;

internal sealed partial class SparseDeflate
{
    /// <summary>
    /// As <see cref="Compress(ReadOnlySpan{byte}, int, int, ReadOnlySpan{byte}, DeflateCode)"/>, the <paramref name="bands"/>
    /// (by row, not overlapping) copied from <paramref name="kept"/> when it has them, and kept there when it wants them.
    /// <paramref name="kept"/> must only ever see this <paramref name="code"/> and images of this size. The <paramref name="cores"/>
    /// (sorted for this height, precoded with this code), if any, are appended where the rows hold them (the same bits).
    /// </summary>
    public ReadOnlySpan<byte> Compress(ReadOnlySpan<byte> pixels, int stride, int height, ReadOnlySpan<byte> equalRows, DeflateCode code,
        ReadOnlySpan<DeflateBand> bands, DeflateBands? kept, GlyphCores? cores = null)
    {
        var writer = new DeflateWriter(code, _output, 2);
        writer.Buffer[0] = 0x78; // Deflate, 32 KiB window
        writer.Buffer[1] = 0x01; // fastest; (0x78 << 8 | 0x01) is a multiple of 31
        writer.Reserve(code.Header.Length * 8);
        foreach (var entry in code.Header)
        {
            writer.Put(entry);
        }

        Start(stride);
        var equal = 0;
        var y = 0;
        foreach (var band in kept is null ? [] : bands)
        {
            Rows(ref writer, pixels, stride, y, band.Top, equalRows, cores, ref equal);
            y = band.Top;
            if (band.Top == 0 || band.Last >= height || EqualsAbove(pixels, stride, band.Top, equalRows))
            {
                continue; // scanned as any other rows
            }

            EqualRows(ref writer, equal, stride);
            equal = 0;
            y = band.Last + 1;
            var length = (ulong)(y - band.Top) * (ulong)(stride + 1);
            if (kept!.TryGet(band.Key, out var piece))
            {
                writer.Append(piece.Bits, piece.BitCount);
                _adlerB = (_adlerB + (length % AdlerModulus * _adlerA) + piece.Weighted) % AdlerModulus;
                _adlerA = (_adlerA + piece.Sum) % AdlerModulus;
                continue;
            }

            var (start, a, b) = (writer.BitPosition, _adlerA, _adlerB);
            Rows(ref writer, pixels, stride, band.Top, y, equalRows, cores, ref equal);
            if (equal == 0 && kept.Wants(band.Key))
            {
                // a' = a + sum, b' = b + length × a + weighted: the band's own sums, whatever came before it.
                var weighted = (_adlerB + (2 * AdlerModulus * AdlerModulus) - b - (length % AdlerModulus * a)) % AdlerModulus;
                kept.Add(band.Key, new(writer.BitsSince(start), writer.BitPosition - start, (_adlerA + AdlerModulus - a) % AdlerModulus, weighted));
            }
        }

        Rows(ref writer, pixels, stride, y, height, equalRows, cores, ref equal);
        EqualRows(ref writer, equal, stride);
        writer.Reserve(8);
        writer.EndOfBlock();
        writer.Flush();
        writer.Reserve(4);
        BinaryPrimitives.WriteUInt32BigEndian(writer.Buffer.AsSpan(writer.Position), (uint)((_adlerB << 16) | _adlerA));
        _output = writer.Buffer;
        return _output.AsSpan(0, writer.Position + 4);
    }
}

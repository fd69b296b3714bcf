using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Briefing.Media.Cards;

internal sealed partial class SparseDeflate
{
    /// <summary>
    /// Adler-32's two sums, <paramref name="a"/> and <paramref name="b"/> (each below the modulus), advanced over
    /// <paramref name="data"/> and reduced: a row at once, sixteen bytes at a time, instead of two additions a byte in the
    /// loop that writes the symbols. Over n bytes, a grows by their sum and b by n × a plus each byte times its distance
    /// from the end (1 for the last): per 16 bytes, their sum (<c>psadbw</c>), each times 16…1 (<c>pmaddwd</c>), and the
    /// sum of the 16-byte pieces before them (times 16), in blocks of 256 pieces whose sums cannot overflow.
    /// </summary>
    internal static (ulong A, ulong B) Adler(ReadOnlySpan<byte> data, ulong a, ulong b) => Adler(data, [], [], a, b);

    /// <summary>
    /// As <see cref="Adler(ReadOnlySpan{byte}, ulong, ulong)"/> over PNG's "Up" filter of <paramref name="data"/> (each byte
    /// minus the one of <paramref name="above"/>, written into <paramref name="into"/>) when <paramref name="above"/> is not
    /// empty: the row filtered and summed in one pass. <paramref name="a"/> and <paramref name="b"/> may be up to twice the modulus.
    /// </summary>
    internal static (ulong A, ulong B) Adler(ReadOnlySpan<byte> data, ReadOnlySpan<byte> above, Span<byte> into, ulong a, ulong b)
    {
        var filter = !above.IsEmpty;
        var i = 0;
        if (Avx2.IsSupported)
        {
            // The same as below, 32 bytes at a time.
            var weightsFirst = Vector256.Create((short)32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17);
            var weightsLast = Vector256.Create((short)16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
            while (data.Length - i >= Vector256<byte>.Count)
            {
                var pieces = Math.Min((data.Length - i) / Vector256<byte>.Count, 256);
                var sum = Vector256<ulong>.Zero;
                var before = Vector256<ulong>.Zero;
                var weighted = Vector256<int>.Zero;
                for (var piece = 0; piece < pieces; piece++, i += Vector256<byte>.Count)
                {
                    var bytes = Vector256.Create(data.Slice(i, Vector256<byte>.Count));
                    if (filter)
                    {
                        bytes -= Vector256.Create(above.Slice(i, Vector256<byte>.Count));
                        bytes.CopyTo(into[i..]);
                    }

                    before += sum;
                    sum += Avx2.SumAbsoluteDifferences(bytes, Vector256<byte>.Zero).AsUInt64();
                    var (first, last) = Vector256.Widen(bytes);
                    weighted += Avx2.MultiplyAddAdjacent(first.AsInt16(), weightsFirst) + Avx2.MultiplyAddAdjacent(last.AsInt16(), weightsLast);
                }

                b = ((ulong)pieces * (ulong)Vector256<byte>.Count * a) + b + (Vector256.Sum(before) * (ulong)Vector256<byte>.Count) + (ulong)Vector256.Sum(weighted);
                a = (a + Vector256.Sum(sum)) % AdlerModulus;
                b %= AdlerModulus;
            }
        }

        if (Sse2.IsSupported)
        {
            var weightsFirst = Vector128.Create((short)16, 15, 14, 13, 12, 11, 10, 9);
            var weightsLast = Vector128.Create((short)8, 7, 6, 5, 4, 3, 2, 1);
            while (data.Length - i >= Vector128<byte>.Count)
            {
                var pieces = Math.Min((data.Length - i) / Vector128<byte>.Count, 256);
                var sum = Vector128<ulong>.Zero;
                var before = Vector128<ulong>.Zero;
                var weighted = Vector128<int>.Zero;
                for (var piece = 0; piece < pieces; piece++, i += Vector128<byte>.Count)
                {
                    var bytes = Vector128.Create(data.Slice(i, Vector128<byte>.Count));
                    if (filter)
                    {
                        bytes -= Vector128.Create(above.Slice(i, Vector128<byte>.Count));
                        bytes.CopyTo(into[i..]);
                    }

                    before += sum;
                    sum += Sse2.SumAbsoluteDifferences(bytes, Vector128<byte>.Zero).AsUInt64();
                    var (first, last) = Vector128.Widen(bytes);
                    weighted += Sse2.MultiplyAddAdjacent(first.AsInt16(), weightsFirst) + Sse2.MultiplyAddAdjacent(last.AsInt16(), weightsLast);
                }

                b = ((ulong)pieces * (ulong)Vector128<byte>.Count * a) + b + (Vector128.Sum(before) * (ulong)Vector128<byte>.Count) + (ulong)Vector128.Sum(weighted);
                a = (a + Vector128.Sum(sum)) % AdlerModulus;
                b %= AdlerModulus;
            }
        }

        for (; i < data.Length; i++)
        {
            var value = filter ? (byte)(data[i] - above[i]) : data[i];
            if (filter)
            {
                into[i] = value;
            }

            a += value;
            b += a;
        }

        return (a % AdlerModulus, b % AdlerModulus);
    }
}

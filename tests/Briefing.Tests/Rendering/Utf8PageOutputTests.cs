using System.Text;
using Briefing.Rendering;

namespace Briefing.Tests.Rendering;

/// <summary>
/// The page output encodes what it is given as the UTF-8 encoder it replaced did (<see cref="Encoder"/> of UTF-8 without a
/// byte order mark, replacement fallback, flushed only at the end and before bytes already in UTF-8): a surrogate pair split
/// across two writes is one character, and each lone surrogate is U+FFFD.
/// </summary>
public sealed class Utf8PageOutputTests
{
    private static readonly string[] Pieces = ["a", "é", "漢", "🙂", "\uD83D", "\uDE42", "<p>\n", "", "xyz", "\uD800\uD800", "\uDC00a"];

    [Fact]
    public void Writes_EncodeAsTheUtf8Encoder_SurrogatesSplitAcrossWritesIncluded()
    {
        var random = new Random(17);
        for (var run = 0; run < 2000; run++)
        {
            // Given a page written in pieces (halves of pairs, lone surrogates, text), with bytes already in UTF-8 between
            var output = new Utf8PageOutput(64);
            var encoder = new UTF8Encoding(false).GetEncoder();
            var expected = new List<byte>();
            var written = new StringBuilder();
            for (var i = random.Next(1, 12); i > 0; i--)
            {
                if (random.Next(8) == 0)
                {
                    output.WriteUtf8("[b]"u8);
                    expected.AddRange(Encode(encoder, "", flush: true));
                    expected.AddRange("[b]"u8.ToArray());
                    written.Append("[b]");
                    continue;
                }

                var piece = Pieces[random.Next(Pieces.Length)] + (random.Next(3) == 0 ? Pieces[random.Next(Pieces.Length)] : "");
                output.Write(piece, 0, piece.Length);
                expected.AddRange(Encode(encoder, piece, flush: false));
                written.Append(piece);
            }

            expected.AddRange(Encode(encoder, "", flush: true));

            // When the page is finished, then its bytes are the encoder's
            Assert.True(expected.ToArray().AsSpan().SequenceEqual(output.Finish()), $"run {run}: {Escape(written.ToString())}");
        }
    }

    [Fact]
    public void AHighSurrogateHeldAtTheEndOfAPage_IsDroppedByReset()
    {
        // Given a page that ended with half a pair, when the output starts a new page
        var output = new Utf8PageOutput(64);
        output.Write("x\uD83D", 0, 2);
        output.Reset();
        output.Write("\uDE42", 0, 1);

        // Then the new page does not pair it: the low half alone is U+FFFD
        Assert.Equal([0xEF, 0xBF, 0xBD], output.Finish().ToArray());
    }

    private static byte[] Encode(Encoder encoder, string text, bool flush)
    {
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(text.Length + 2)];
        var count = encoder.GetBytes(text.AsSpan(), bytes, flush);
        return bytes[..count];
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < 128 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}"));
}

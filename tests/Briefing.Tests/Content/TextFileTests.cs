using System.Text;
using Briefing.Content;

namespace Briefing.Tests.Content;

/// <summary>The pooled read and decode a briefing takes give exactly what the plain ones give.</summary>
public sealed class TextFileTests
{
    [Theory]
    [InlineData("---\ntitle: a\n---\nbody\n")]
    [InlineData("\uFEFF---\r\ntitle: a\r\n---\r\nbody\r\n")]
    [InlineData("a\rb\r\n\r\nc\r")]
    [InlineData("\r\r\n\n\r")]
    [InlineData("Zürich — “quoted” 𝔸\r\nend")]
    [InlineData("")]
    public void DecodeRented_GivesWhatDecodeGives(string content)
    {
        // Given a file's bytes
        var bytes = Encoding.UTF8.GetBytes(content);

        // When they are decoded into a pooled buffer
        var chars = TextFile.DecodeRented(bytes, "f.md", new DiagnosticBag(), out var length);

        // Then its first characters are the text Decode gives (BOM dropped, CRLF and CR made LF)
        Assert.NotNull(chars);
        Assert.Equal(TextFile.Decode(bytes, "f.md", new DiagnosticBag()), new string(chars, 0, length));
    }

    [Fact]
    public void DecodeRented_OfInvalidUtf8_ReportsWhatDecodeReports()
    {
        byte[] bytes = [.. "\uFEFFab\nc"u8, 0xC3, 0x28];
        var rented = new DiagnosticBag();
        var plain = new DiagnosticBag();

        Assert.Null(TextFile.DecodeRented(bytes, "f.md", rented, out _));
        Assert.Null(TextFile.Decode(bytes, "f.md", plain));
        Assert.Equal(plain.Items, rented.Items);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(70_000)]
    public void ReadRented_GivesTheFilesBytes(int size)
    {
        var file = Path.GetTempFileName();
        try
        {
            var content = Enumerable.Range(0, size).Select(i => (byte)(i % 251)).ToArray();
            File.WriteAllBytes(file, content);

            var bytes = TextFile.ReadRented(file, "f.md", size, long.MaxValue, new DiagnosticBag(), out var length);

            Assert.NotNull(bytes);
            Assert.Equal(content, bytes.AsSpan(0, length).ToArray());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ReadRented_OfAFileThatGrewSinceItWasListed_ReadsItWhole()
    {
        // Given a file listed at 3 bytes that now has 10
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, "0123456789"u8.ToArray());

            var bytes = TextFile.ReadRented(file, "f.md", 3, long.MaxValue, new DiagnosticBag(), out var length);

            Assert.Equal("0123456789"u8.ToArray(), bytes.AsSpan(0, length).ToArray());
        }
        finally
        {
            File.Delete(file);
        }
    }
}

using System.Text;

namespace Briefing.Tests.Content;

/// <summary>How files are read: strict UTF-8, with a BOM and CRLF line endings accepted and positions kept.</summary>
public sealed class EncodingDiagnosticsTests
{
    private const string Path = "content/briefings/2025/x.md";

    [Fact]
    public void InvalidUtf8Byte_IsReportedAtItsLineAndColumn()
    {
        // Given a 0xFF byte after 'title: "Caf' (11 characters) on line 2, at byte offset 4 + 11 = 15
        using var site = BrokenSite.With(string.Empty);
        site.WriteBytes(Path, Bytes("---\ntitle: \"Caf", [0xFF], "\"\ndate: 2025-06-26\nsummary: \"S\"\n---\n"));

        // When the site is built
        var run = site.BuildFailing();

        // Then the byte is located in the file
        run.AssertPrinted($"{Path}:2:12: error BRF001: the file is not valid UTF-8 (byte 0xFF at offset 15); save it as UTF-8");
    }

    [Fact]
    public void InvalidUtf8Byte_AfterMultiByteCharacters_CountsColumnsInCharacters()
    {
        // Given 'title: "Café ' (13 characters, 14 bytes) then a lone continuation byte 0x80 on line 2
        using var site = BrokenSite.With(string.Empty);
        site.WriteBytes(Path, Bytes("---\ntitle: \"Café ", [0x80], "\"\ndate: 2025-06-26\nsummary: \"S\"\n---\n"));

        // When the site is built
        var run = site.BuildFailing();

        // Then the column counts characters, the offset counts bytes
        run.AssertPrinted($"{Path}:2:14: error BRF001: the file is not valid UTF-8 (byte 0x80 at offset 18); save it as UTF-8");
    }

    [Fact]
    public void InvalidUtf8Byte_InAFileWithABom_IsReportedAtItsOffsetInTheFile()
    {
        // Given a BOM (3 bytes), then the same 0xFF as above: offset 3 + 15 = 18
        using var site = BrokenSite.With(string.Empty);
        site.WriteBytes(Path, Bytes("\uFEFF---\ntitle: \"Caf", [0xFF], "\"\ndate: 2025-06-26\nsummary: \"S\"\n---\n"));

        // When the site is built
        var run = site.BuildFailing();

        // Then the offset is the file's own byte offset, and the BOM takes no column
        run.AssertPrinted($"{Path}:2:12: error BRF001: the file is not valid UTF-8 (byte 0xFF at offset 18); save it as UTF-8");
    }

    [Fact]
    public void InvalidUtf8InARegistryFile_IsReported()
    {
        // Given a Latin-1 'é' (0xE9) in a person's name on line 1, after 'name: Jos' (9 characters)
        using var site = BrokenSite.With(string.Empty);
        site.WriteBytes("content/people/jose.yml", Bytes("name: Jos", [0xE9], "\n"));

        // When the site is built
        var run = site.BuildFailing();

        // Then the file and byte are named
        run.AssertPrinted("content/people/jose.yml:1:10: error BRF001: the file is not valid UTF-8 (byte 0xE9 at offset 9); save it as UTF-8");
    }

    [Fact]
    public void BomAndCrlf_AreAccepted()
    {
        // Given a valid briefing saved with a BOM and Windows line endings
        using var site = BrokenSite.With(string.Empty);
        site.WriteBytes(Path, Bytes("\uFEFF---\r\ntitle: \"A\"\r\ndate: 2025-06-26\r\nsummary: \"S\"\r\ncompanies: [amazon]\r\n---\r\nBody.\r\n", [], string.Empty));

        // When the site is built
        var run = site.BuildSucceeding();

        // Then it is published without diagnostics
        Assert.Empty(run.LinesBesidesMissingSourcesAndUnusedEntries());
        Assert.True(site.OutputExists("briefings/2025/x/index.html"));
    }

    [Fact]
    public void BomAndCrlf_KeepPositionsRight()
    {
        // Given a briefing with a BOM and CRLF whose unknown company is on line 5, column 13
        using var site = BrokenSite.With(string.Empty);
        site.WriteBytes(Path, Bytes("\uFEFF---\r\ntitle: \"A\"\r\ndate: 2025-06-26\r\nsummary: \"S\"\r\ncompanies: [amzon]\r\n---\r\n", [], string.Empty));

        // When the site is built
        var run = site.BuildFailing();

        // Then the position ignores the BOM and the carriage returns
        run.AssertPrinted($"{Path}:5:13: error BRF009: unknown company 'amzon' (did you mean 'amazon'?)");
    }

    [Fact]
    public void BomAndCrlfInSiteConfig_KeepPositionsRight()
    {
        // Given a site.yml with a BOM and CRLF whose 'per_page' on line 5 is zero
        using var site = BrokenSite.With(string.Empty);
        site.WriteBytes("content/site.yml", Bytes(
            "\uFEFFtitle: T\r\nbase_url: https://example.org/\r\ndescription: D\r\nlanguage: en\r\nper_page: 0\r\n", [], string.Empty));

        // When the site is built
        var run = site.BuildFailing();

        // Then line and column are those of the value
        run.AssertPrinted("content/site.yml:5:11: error BRF024: 'per_page' must be a whole number above 0, not '0'");
    }

    private static byte[] Bytes(string before, byte[] raw, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. raw, .. Encoding.UTF8.GetBytes(after)];
}

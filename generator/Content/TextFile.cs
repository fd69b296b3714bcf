using System.Text;
using Briefing.Model;

namespace Briefing.Content;

/// <summary>Reads a content file as strict UTF-8 (a BOM is allowed and dropped; CRLF becomes LF).</summary>
internal static class TextFile
{
    /// <summary>The file's text, or null with a BRF001 diagnostic at the first invalid byte.</summary>
    public static string? Read(string fullPath, string relativePath, DiagnosticBag diagnostics)
    {
        var bytes = File.ReadAllBytes(fullPath);
        return Decode(bytes, relativePath, diagnostics);
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string relativePath, DiagnosticBag diagnostics)
    {
        // Offsets are reported in the file's own bytes, so remember the BOM that is skipped.
        var bom = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        bytes = bytes[bom..];

        var chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten,
            replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            var (line, column) = Position(bytes, bytesRead);
            diagnostics.Error(DiagnosticCodes.InvalidEncoding, new SourceSpan(relativePath, line, column),
                $"the file is not valid UTF-8 (byte 0x{bytes[Math.Min(bytesRead, bytes.Length - 1)]:X2} at offset {bom + bytesRead}); save it as UTF-8");
            return null;
        }

        var text = new string(chars, 0, charsWritten);
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..Math.Min(offset, bytes.Length)];
        var lastNewline = before.LastIndexOf((byte)'\n');
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before[(lastNewline + 1)..];
        // Columns count characters: decode the valid prefix of the line to count them.
        var column = Encoding.UTF8.GetCharCount(lineStart) + 1;
        return (line, column);
    }
}

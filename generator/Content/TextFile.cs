using System.Globalization;
using System.Text;
using Briefing.Model;

namespace Briefing.Content;

/// <summary>Reads a content file as strict UTF-8 (a BOM is allowed and dropped; CRLF becomes LF).</summary>
internal static class TextFile
{
    /// <summary>
    /// The file's text, or null with a diagnostic: BRF001 at the first invalid byte, BRF036 when the file is larger than
    /// <paramref name="maxBytes"/> or cannot be read.
    /// </summary>
    public static string? Read(string fullPath, string relativePath, long maxBytes, DiagnosticBag diagnostics) =>
        ReadBytes(fullPath, relativePath, -1, maxBytes, diagnostics) is { } bytes ? Decode(bytes, relativePath, diagnostics) : null;

    /// <summary>
    /// The file's bytes, or null with a BRF036 diagnostic when it is larger than <paramref name="maxBytes"/> or cannot be
    /// read (removed or replaced by a folder since it was listed, no permission). <paramref name="knownLength"/> is its
    /// size if the caller has it (-1 when not).
    /// </summary>
    public static byte[]? ReadBytes(string fullPath, string relativePath, long knownLength, long maxBytes, DiagnosticBag diagnostics)
    {
        try
        {
            var length = knownLength >= 0 ? knownLength : new FileInfo(fullPath).Length;
            if (length > maxBytes)
            {
                diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceSpan.File(relativePath), string.Create(CultureInfo.InvariantCulture,
                    $"the file is {length / 1e6:0.#} MB, over the {maxBytes / 1e6:0.#} MB limit; split it, or raise max_file_mb in content/site.yml"));
                return null;
            }

            var bytes = File.ReadAllBytes(fullPath);
            if (bytes.LongLength > maxBytes)
            {
                return ReadBytes(fullPath, relativePath, bytes.LongLength, maxBytes, diagnostics); // it grew while being read
            }

            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var why = ex switch
            {
                FileNotFoundException or DirectoryNotFoundException => "it was removed while the site was being read",
                UnauthorizedAccessException => "permission denied",
                _ => ex.Message.TrimEnd('.'),
            };
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceSpan.File(relativePath), $"the file could not be read ({why}); check it exists and is readable, then build again");
            return null;
        }
    }

    /// <summary>
    /// What <see cref="ReadBytes"/> gives, as the first <paramref name="length"/> bytes of a buffer rented from
    /// <see cref="System.Buffers.ArrayPool{T}.Shared"/> (the caller returns it): a briefing's bytes are hashed and decoded,
    /// never kept. Anything unusual (over the limit, unreadable, growing while read) takes <see cref="ReadBytes"/>'s way.
    /// </summary>
    public static byte[]? ReadRented(string fullPath, string relativePath, long knownLength, long maxBytes, DiagnosticBag diagnostics, out int length)
    {
        length = 0;
        if (knownLength <= maxBytes)
        {
            byte[]? buffer = null;
            try
            {
                using var handle = File.OpenHandle(fullPath);
                var size = RandomAccess.GetLength(handle);
                if (size <= maxBytes && size < Array.MaxLength / 2)
                {
                    // One byte more than the size: a read that fills it means the file grew.
                    buffer = System.Buffers.ArrayPool<byte>.Shared.Rent((int)size + 1);
                    var total = 0;
                    while (total < buffer.Length && RandomAccess.Read(handle, buffer.AsSpan(total), total) is var read and > 0)
                    {
                        total += read;
                    }

                    if (total < buffer.Length)
                    {
                        length = total;
                        return buffer;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Read again below, which words the problem.
            }

            if (buffer is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        if (ReadBytes(fullPath, relativePath, knownLength, maxBytes, diagnostics) is not { } bytes)
        {
            return null;
        }

        var copy = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(1, bytes.Length));
        bytes.CopyTo(copy, 0);
        length = bytes.Length;
        return copy;
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string relativePath, DiagnosticBag diagnostics)
    {
        // Offsets are reported in the file's own bytes, so remember the BOM that is skipped.
        var bom = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        bytes = bytes[bom..];

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            // One string of the exact length, no intermediate buffer; invalid files take the way below, which finds the byte.
            return Normalize(Encoding.UTF8.GetString(bytes));
        }

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

        return Normalize(new string(chars, 0, charsWritten));
    }

    /// <summary>
    /// What <see cref="Decode"/> gives, as the first <paramref name="length"/> characters of a buffer rented from
    /// <see cref="System.Buffers.ArrayPool{T}.Shared"/> (the caller returns it): a briefing's whole text is never a string,
    /// only the parts of it that are kept.
    /// </summary>
    public static char[]? DecodeRented(ReadOnlySpan<byte> bytes, string relativePath, DiagnosticBag diagnostics, out int length)
    {
        length = 0;
        var content = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        if (!System.Text.Unicode.Utf8.IsValid(content))
        {
            _ = Decode(bytes, relativePath, diagnostics); // reports the first invalid byte
            return null;
        }

        // Valid UTF-8 never decodes to more UTF-16 units than it has bytes.
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, content.Length));
        var written = Encoding.UTF8.GetChars(content, chars);
        var text = chars.AsSpan(0, written);
        if (text.IndexOf('\r') is var first and >= 0)
        {
            // In place, as Normalize: CRLF becomes LF, a lone CR becomes LF.
            var to = first;
            for (var from = first; from < text.Length; from++)
            {
                var c = text[from];
                if (c == '\r' && from + 1 < text.Length && text[from + 1] == '\n')
                {
                    continue;
                }

                text[to++] = c == '\r' ? '\n' : c;
            }

            written = to;
        }

        length = written;
        return chars;
    }

    private static string Normalize(string text) => text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

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

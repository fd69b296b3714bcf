using System.Buffers.Binary;
using System.Text;

namespace Briefing.Media.Cards;

/// <summary>
/// Reads the value of named symbols from the full symbol table (<c>.symtab</c>) of a 64-bit little-endian ELF file:
/// what <c>nm</c> prints, including the functions a shared library does not export. Defensive: a file that is not such
/// an ELF file, has no symbol table or is cut short gives no values, never an exception beyond I/O errors.
/// </summary>
internal static class ElfSymbols
{
    private const int SymbolTableType = 2; // SHT_SYMTAB
    private const int SectionHeaderSize = 64;
    private const int SymbolSize = 24;

    /// <summary>The value (for a shared object: the offset from its load address) of each of <paramref name="names"/> found, by name.</summary>
    public static Dictionary<string, ulong> Find(string path, IReadOnlyCollection<string> names, ushort machine)
    {
        var found = new Dictionary<string, ulong>(StringComparer.Ordinal);
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(file);
        Span<byte> header = stackalloc byte[64];
        if (RandomAccess.Read(file, header, 0) < header.Length || !header[..4].SequenceEqual("\u007fELF"u8)
            || header[4] != 2 || header[5] != 1 || BinaryPrimitives.ReadUInt16LittleEndian(header[0x12..]) != machine)
        {
            return found;
        }

        var sectionsAt = BinaryPrimitives.ReadUInt64LittleEndian(header[0x28..]);
        var sectionCount = BinaryPrimitives.ReadUInt16LittleEndian(header[0x3C..]);
        if (BinaryPrimitives.ReadUInt16LittleEndian(header[0x3A..]) != SectionHeaderSize
            || sectionsAt > (ulong)length || (ulong)sectionCount * SectionHeaderSize > (ulong)length - sectionsAt)
        {
            return found;
        }

        var sections = Read(file, (long)sectionsAt, sectionCount * SectionHeaderSize);
        for (var i = 0; i < sectionCount; i++)
        {
            var section = sections.AsSpan(i * SectionHeaderSize, SectionHeaderSize);
            if (BinaryPrimitives.ReadUInt32LittleEndian(section[4..]) != SymbolTableType)
            {
                continue;
            }

            var link = BinaryPrimitives.ReadUInt32LittleEndian(section[0x28..]);
            if (link >= sectionCount || !Fits(section, length) || !Fits(sections.AsSpan((int)link * SectionHeaderSize, SectionHeaderSize), length))
            {
                return found;
            }

            var symbols = Read(file, section);
            var strings = Read(file, sections.AsSpan((int)link * SectionHeaderSize, SectionHeaderSize));
            var wanted = names.ToDictionary(n => n, n => Encoding.UTF8.GetBytes(n), StringComparer.Ordinal);
            for (var at = 0; at + SymbolSize <= symbols.Length && found.Count < wanted.Count; at += SymbolSize)
            {
                var name = BinaryPrimitives.ReadUInt32LittleEndian(symbols.AsSpan(at));
                var value = BinaryPrimitives.ReadUInt64LittleEndian(symbols.AsSpan(at + 8));
                if (name == 0 || value == 0 || name >= strings.Length)
                {
                    continue;
                }

                var rest = strings.AsSpan((int)name);
                var end = rest.IndexOf((byte)0);
                var symbol = end < 0 ? rest : rest[..end];
                foreach (var (text, bytes) in wanted)
                {
                    if (symbol.SequenceEqual(bytes))
                    {
                        found[text] = value;
                    }
                }
            }

            return found;
        }

        return found;
    }

    /// <summary>Whether a section header's extent lies within the file.</summary>
    private static bool Fits(ReadOnlySpan<byte> section, long length)
    {
        var offset = BinaryPrimitives.ReadUInt64LittleEndian(section[0x18..]);
        var size = BinaryPrimitives.ReadUInt64LittleEndian(section[0x20..]);
        return offset <= (ulong)length && size <= (ulong)length - offset && size <= int.MaxValue;
    }

    private static byte[] Read(Microsoft.Win32.SafeHandles.SafeFileHandle file, ReadOnlySpan<byte> section) =>
        Read(file, (long)BinaryPrimitives.ReadUInt64LittleEndian(section[0x18..]), (int)BinaryPrimitives.ReadUInt64LittleEndian(section[0x20..]));

    private static byte[] Read(Microsoft.Win32.SafeHandles.SafeFileHandle file, long offset, int count)
    {
        var bytes = GC.AllocateUninitializedArray<byte>(count);
        var read = 0;
        while (read < count)
        {
            var n = RandomAccess.Read(file, bytes.AsSpan(read), offset + read);
            if (n == 0)
            {
                throw new EndOfStreamException();
            }

            read += n;
        }

        return bytes;
    }
}

using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using System.Text;

namespace Briefing.Media.Cards;

/// <summary>
/// Reads the value of named symbols from the full symbol table (<c>.symtab</c>) of a 64-bit little-endian ELF file:
/// what <c>nm</c> prints, including the functions a shared library does not export. The file is mapped, not read: only
/// the pages of the section headers, the symbol table and its strings are touched. A file that is not such an ELF file,
/// has no symbol table or is cut short gives no values.
/// </summary>
internal static class ElfSymbols
{
    private const int SymbolTableType = 2; // SHT_SYMTAB
    private const int SectionHeaderSize = 64;
    private const int SymbolSize = 24;

    /// <summary>The value (for a shared object: the offset from its load address) of each of <paramref name="names"/> found, by name.</summary>
    public static unsafe Dictionary<string, ulong> Find(string path, IReadOnlyCollection<string> names, ushort machine)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(file);
        if (length is < 64 or > int.MaxValue)
        {
            return [];
        }

        using var map = MemoryMappedFile.CreateFromFile(file, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        using var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        try
        {
            return Find(new ReadOnlySpan<byte>(start + view.PointerOffset, (int)length), names, machine);
        }
        finally
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
        }
    }

    /// <summary>The same, over the file's bytes.</summary>
    public static Dictionary<string, ulong> Find(ReadOnlySpan<byte> image, IReadOnlyCollection<string> names, ushort machine)
    {
        var found = new Dictionary<string, ulong>(StringComparer.Ordinal);
        if (image.Length < 64 || !image[..4].SequenceEqual("\u007fELF"u8) || image[4] != 2 || image[5] != 1
            || BinaryPrimitives.ReadUInt16LittleEndian(image[0x12..]) != machine
            || BinaryPrimitives.ReadUInt16LittleEndian(image[0x3A..]) != SectionHeaderSize)
        {
            return found;
        }

        var sectionCount = BinaryPrimitives.ReadUInt16LittleEndian(image[0x3C..]);
        if (!TrySlice(image, BinaryPrimitives.ReadUInt64LittleEndian(image[0x28..]), (ulong)sectionCount * SectionHeaderSize, out var sections))
        {
            return found;
        }

        for (var i = 0; i < sectionCount; i++)
        {
            var section = sections.Slice(i * SectionHeaderSize, SectionHeaderSize);
            if (BinaryPrimitives.ReadUInt32LittleEndian(section[4..]) != SymbolTableType)
            {
                continue;
            }

            var link = BinaryPrimitives.ReadUInt32LittleEndian(section[0x28..]);
            if (link >= sectionCount || !TryContents(image, section, out var symbols)
                || !TryContents(image, sections.Slice((int)link * SectionHeaderSize, SectionHeaderSize), out var strings))
            {
                return found;
            }

            foreach (var name in names)
            {
                if (Value(symbols, strings, name) is { } value)
                {
                    found[name] = value;
                }
            }

            return found;
        }

        return found;
    }

    /// <summary>
    /// The value of the symbol called <paramref name="name"/>: its string is found in the string table first (a
    /// vectorized search; it may end a longer string, which the linker shares), then the symbol that points at it.
    /// </summary>
    private static ulong? Value(ReadOnlySpan<byte> symbols, ReadOnlySpan<byte> strings, string name)
    {
        var wanted = Encoding.UTF8.GetBytes(name + "\0");
        for (var from = 0; from < strings.Length;)
        {
            var at = strings[from..].IndexOf(wanted);
            if (at < 0)
            {
                return null;
            }

            var offset = (uint)(from + at);
            for (var entry = 0; entry + SymbolSize <= symbols.Length; entry += SymbolSize)
            {
                if (BinaryPrimitives.ReadUInt32LittleEndian(symbols[entry..]) == offset
                    && BinaryPrimitives.ReadUInt64LittleEndian(symbols[(entry + 8)..]) is var value and not 0)
                {
                    return value;
                }
            }

            from += at + 1;
        }

        return null;
    }

    /// <summary>The bytes of the section a section header describes; false when they lie outside the file.</summary>
    private static bool TryContents(ReadOnlySpan<byte> image, ReadOnlySpan<byte> section, out ReadOnlySpan<byte> contents) =>
        TrySlice(image, BinaryPrimitives.ReadUInt64LittleEndian(section[0x18..]), BinaryPrimitives.ReadUInt64LittleEndian(section[0x20..]), out contents);

    private static bool TrySlice(ReadOnlySpan<byte> image, ulong offset, ulong size, out ReadOnlySpan<byte> slice)
    {
        var inside = offset <= (ulong)image.Length && size <= (ulong)image.Length - offset;
        slice = inside ? image.Slice((int)offset, (int)size) : default;
        return inside;
    }
}

using System.IO.MemoryMappedFiles;

namespace Briefing.Media.Cards;

/// <summary>
/// Which characters one font file has, read by HarfBuzz from its <c>cmap</c> table: the file is mapped, not read, and
/// the table parsed on the first look-up. Safe from many threads (HarfBuzz fonts are immutable once made). Skia is not
/// involved: its first typeface in a process costs loading Skia (and, off Linux x64, a scan of every system font: <see cref="CardFontManager"/>).
/// </summary>
public sealed class FontCoverage : IDisposable
{
    private readonly HarfBuzzSharp.Blob _blob;
    private readonly HarfBuzzSharp.Face _face;
    private readonly HarfBuzzSharp.Font _font;

    private FontCoverage(HarfBuzzSharp.Blob blob, HarfBuzzSharp.Face face)
    {
        _blob = blob;
        _face = face;
        _font = new HarfBuzzSharp.Font(face);
    }

    /// <summary>The file's first face; a file that is no font has no glyphs (see <see cref="IsFont"/>).</summary>
    public static FontCoverage Open(string path)
    {
        var blob = Mapped(path) ?? HarfBuzzSharp.Blob.FromFile(path);
        return new FontCoverage(blob, new HarfBuzzSharp.Face(blob, 0));
    }

    /// <summary>
    /// The file mapped read-only, or null when it is empty or cannot be mapped (<see cref="HarfBuzzSharp.Blob.FromFile"/>
    /// then reads it, or finds nothing). This build of HarfBuzz reads a file whole into fresh memory: the CJK font, 1.8 MB,
    /// was read twice per build (the layout's check and the coverage) before any card needed it; mapped, HarfBuzz touches
    /// the pages of the tables it looks at (its header and <c>cmap</c>) and nothing is copied. Skia maps the same files
    /// to draw them. The mapping is released with the blob (after the face and font that hold it).
    /// </summary>
    private static unsafe HarfBuzzSharp.Blob? Mapped(string path)
    {
        MemoryMappedFile? map = null;
        MemoryMappedViewAccessor? view = null;
        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = RandomAccess.GetLength(file);
            if (length is 0 or > int.MaxValue)
            {
                return null;
            }

            map = MemoryMappedFile.CreateFromFile(file, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            var (ownMap, ownView) = (map, view);
            var blob = new HarfBuzzSharp.Blob((IntPtr)(start + view.PointerOffset), (int)length, HarfBuzzSharp.MemoryMode.ReadOnly, () =>
            {
                ownView.SafeMemoryMappedViewHandle.ReleasePointer();
                ownView.Dispose();
                ownMap.Dispose();
            });
            (map, view) = (null, null); // the blob owns them now
            return blob;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            view?.Dispose();
            map?.Dispose();
        }
    }

    /// <summary>Whether <paramref name="path"/> is a TrueType or OpenType font (HarfBuzz finds glyphs in it).</summary>
    public static bool IsFont(string path) => IsFont(path, out _);

    /// <summary>
    /// Whether <paramref name="path"/> is a font, and whether every table its directory lists lies within the file
    /// (<paramref name="whole"/>): a font cut short (a copy or download that stopped) still has its directory and glyph
    /// count, and failed only when Skia loaded it to draw the first card, with no line to point at. A collection
    /// (<c>ttcf</c>) counts as whole. One mapping of the file answers both.
    /// </summary>
    public static bool IsFont(string path, out bool whole)
    {
        using var coverage = Open(path);
        whole = TablesInside(coverage._blob.AsSpan());
        return coverage._face.GlyphCount > 0;
    }

    private static bool TablesInside(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 4 && bytes[..4].SequenceEqual("ttcf"u8))
        {
            return true;
        }

        if (bytes.Length < 12)
        {
            return false;
        }

        var tables = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(bytes[4..]);
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + (16 * i);
            if (record + 16 > bytes.Length)
            {
                return false;
            }

            var offset = (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes[(record + 8)..]);
            var length = (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes[(record + 12)..]);
            if (offset + length > bytes.Length)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// What HarfBuzz answered for the first <see cref="Remembered"/> code points (0: not asked yet, 1: a glyph, -1: none):
    /// a build checks every card title (13,637 at 10,000 briefings), almost all of them letters from this range. Threads
    /// racing on an entry write the same value.
    /// </summary>
    private readonly sbyte[] _answers = new sbyte[Remembered];

    private const int Remembered = 0x800;

    /// <summary>Whether the font maps <paramref name="codepoint"/> to a glyph.</summary>
    public bool Has(int codepoint)
    {
        if ((uint)codepoint >= Remembered)
        {
            return _font.TryGetNominalGlyph(codepoint, out _);
        }

        var known = Volatile.Read(ref _answers[codepoint]);
        if (known == 0)
        {
            known = _font.TryGetNominalGlyph(codepoint, out _) ? (sbyte)1 : (sbyte)-1;
            Volatile.Write(ref _answers[codepoint], known);
        }

        return known > 0;
    }

    public void Dispose()
    {
        _font.Dispose();
        _face.Dispose();
        _blob.Dispose();
    }
}

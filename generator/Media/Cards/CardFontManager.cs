using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace Briefing.Media.Cards;

/// <summary>
/// The Skia font manager that makes the cards' typefaces from the theme's font files: one that knows no system font,
/// installed as SkiaSharp's default (<see cref="SKFontManager.Default"/>) for the process.
/// </summary>
/// <remarks>
/// <para>Skia's default font manager in SkiaSharp's NoDependencies build opens and parses every font under
/// <c>/usr/share/fonts</c> when it is made (310 files, 143 MB here: ~60 ms of CPU on an idle machine, ~150 under load,
/// much of it the kernel mapping those files), and every typeface, even one made from a file, goes through it. The cards
/// never use a system font: a character no font of a chain has is drawn with the chain's first font
/// (<see cref="CardFonts.Runs"/>). So on Linux x64 the manager is made by Skia's own
/// <c>SkFontMgr_New_Custom_Directory</c> over no folder: the same class as the default manager, which makes typefaces
/// from files with the same code (the same glyphs, pixel for pixel), and scans nothing.</para>
/// <para>SkiaSharp does not export that function; it is found by name in <c>libSkiaSharp.so</c>'s symbol table, the way
/// <c>nm</c> finds it, and used only if everything checks out: the exported <c>sk_fontmgr_create_default</c> found in
/// the same table sits where the loaded library has it, and the library is 64-bit x86. Otherwise (another platform, a
/// stripped or different library) the default manager is used, as before: the same cards, at the scan's cost.</para>
/// <para>It becomes SkiaSharp's default manager too (its lazily made static, set the way SkiaSharp would set it), since
/// SkiaSharp reaches for the default on its own: <c>new SKPaint()</c> and <c>new SKFont()</c> take the default typeface,
/// which the default manager makes. So the process's Skia knows no system font at all; its default typeface is the
/// empty one. If SkiaSharp made its default before (a test process), that one stays and only the cards' typefaces come
/// from this manager.</para>
/// </remarks>
internal static unsafe partial class CardFontManager
{
    /// <summary><c>sk_sp&lt;SkFontMgr&gt; SkFontMgr_New_Custom_Directory(const char* dir)</c>, mangled.</summary>
    private const string Factory = "_Z30SkFontMgr_New_Custom_DirectoryPKc";

    /// <summary>An exported function whose address tells where the library is loaded.</summary>
    private const string Anchor = "sk_fontmgr_create_default";

    private const ushort X86_64 = 62; // EM_X86_64

    private static readonly Lazy<(SKFontManager Manager, bool Isolated)> Made = new(Make, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The manager the cards' typefaces are made with (made once per process, on first use).</summary>
    public static SKFontManager Instance => Made.Value.Manager;

    /// <summary>Whether <see cref="Instance"/> knows no system font (false: it is Skia's default manager, which scanned them).</summary>
    public static bool Isolated => Made.Value.Isolated;

    private static (SKFontManager, bool) Make()
    {
        try
        {
            if (MakeIsolated() is { } isolated)
            {
                // SkiaSharp's default, unless it made one already; the cards use this one either way.
                _ = LazyInitializer.EnsureInitialized(ref DefaultManager(null), ref DefaultManagerMade(null), ref DefaultManagerLock(null), () => isolated);
                return (isolated, true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException
            or MissingMemberException)
        {
            // Not this library, not readable, or another SkiaSharp: the default manager below.
        }

        return (SKFontManager.Default, false);
    }

    private static SKFontManager? MakeIsolated()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            return null;
        }

        // The library as SkiaSharp loaded it (loading it first if SkiaSharp has not yet: the same file, the same handle).
        var library = NativeLibrary.Load("libSkiaSharp", typeof(SKObject).Assembly, null);
        var anchor = NativeLibrary.GetExport(library, Anchor);
        DlInfo info;
        if (DlAddr(anchor, &info) == 0 || info.FileName == 0 || Marshal.PtrToStringUTF8(info.FileName) is not { } path)
        {
            return null;
        }

        var symbols = ElfSymbols.Find(path, [Factory, Anchor], X86_64);
        if (!symbols.TryGetValue(Factory, out var factory) || !symbols.TryGetValue(Anchor, out var exported)
            || (ulong)info.Base + exported != (ulong)anchor)
        {
            return null;
        }

        // The result is an sk_sp<SkFontMgr>, returned through a pointer the caller passes first (System V x86-64 ABI
        // for a class with a destructor); "" is no folder: opendir fails, nothing is scanned.
        var make = (delegate* unmanaged<nint*, byte*, nint*>)((ulong)info.Base + factory);
        nint manager = 0;
        byte* none = stackalloc byte[1];
        none[0] = 0;
        make(&manager, none);
        return manager == 0 ? null : Wrap(null, manager);
    }

    /// <summary>SkiaSharp's wrapper for a font manager handle, as it makes its default one: it owns the reference, and
    /// <c>Dispose</c> cannot release it.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "GetDisposeProtectedObject")]
    private static extern SKFontManager Wrap(SKFontManager? type, nint handle);

    // The fields behind SKFontManager.Default (LazyInitializer.EnsureInitialized's target, flag and lock).
    [UnsafeAccessor(UnsafeAccessorKind.StaticField, Name = "defaultManager")]
    private static extern ref SKFontManager DefaultManager(SKFontManager? type);

    [UnsafeAccessor(UnsafeAccessorKind.StaticField, Name = "defaultManagerInitialized")]
    private static extern ref bool DefaultManagerMade(SKFontManager? type);

    [UnsafeAccessor(UnsafeAccessorKind.StaticField, Name = "defaultManagerLock")]
    private static extern ref object DefaultManagerLock(SKFontManager? type);

    [StructLayout(LayoutKind.Sequential)]
    private struct DlInfo
    {
        public nint FileName;
        public nint Base;
        public nint SymbolName;
        public nint SymbolAddress;
    }

    [LibraryImport("libc", EntryPoint = "dladdr")]
    private static partial int DlAddr(nint address, DlInfo* info);
}

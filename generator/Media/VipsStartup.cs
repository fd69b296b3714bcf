namespace Briefing.Media;

/// <summary>
/// Starts libvips the first time a build has an image to encode. NetVips starts it from its module initializer, which
/// Native AOT runs at process start: loading the 18 MB library and <c>vips_init</c> cost every run ~15 ms, images or
/// not. The AOT publish turns that initializer into a no-op (<c>NetVips.Substitutions.xml</c>), and this class calls
/// <see cref="NetVips.ModuleInitializer.Initialize"/> instead, once. Under the JIT the module initializer has already
/// run by the time this class reads its fields, and is not run twice.
/// </summary>
internal static class VipsStartup
{
    static VipsStartup()
    {
        if (!NetVips.ModuleInitializer.VipsInitialized && NetVips.ModuleInitializer.Exception is null)
        {
            NetVips.ModuleInitializer.Initialize();
        }
    }

    /// <summary>Makes sure libvips is started (the static constructor runs once, on the first call).</summary>
    public static void Ensure()
    {
    }
}
